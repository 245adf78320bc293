using BackGuide.Templates;

namespace BackGuide.Views;

/// <summary>
/// <c>print</c>: a printable document in parts (home, then each section and top-level page), each page's body embedded.
/// On a large site (<see cref="Pipeline.SiteIndex.IsLarge"/>) <c>print.html</c> holds no part, only
/// <see cref="Documents"/>, and each of those documents holds the parts of one section or of the guide's top level.
/// </summary>
public sealed record PrintView(string Title, IReadOnlyList<PrintPart> Parts) : IPageView
{
    /// <summary>On a large site's <c>print.html</c>: the documents to print, in reading order; null elsewhere.</summary>
    public IReadOnlyList<PrintDocumentLink>? Documents { get; init; }

    /// <summary>In one of a large site's documents: what it holds ("Exercises"); null in a document of the whole guide.</summary>
    public string? Part { get; init; }
}

/// <summary>A part of the print document: a section, with its anchor id.</summary>
public sealed record PrintPart(string Title, string Id, IReadOnlyList<PrintPage> Pages)
{
    /// <summary>
    /// How many of its pages the volumes before this one hold, when a large site's section is cut into volumes: its
    /// pages are numbered on from there (the second volume of Notes starts at 1.116). 0 otherwise.
    /// </summary>
    public int Start { get; init; }
}

/// <summary>A page in the print document: its title, anchor id, whether it opens its part (a section list), and its body.</summary>
public sealed record PrintPage(string Title, string Id, bool OpensPart, TrustedHtml Html);

/// <summary>One of a large site's print documents, as <c>print.html</c> lists it: its title, URL, and how many pages it holds ("120 pages").</summary>
public sealed record PrintDocumentLink(string Title, string Url, string CountText);
