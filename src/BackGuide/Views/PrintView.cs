using BackGuide.Templates;

namespace BackGuide.Views;

/// <summary><c>print</c>: the whole guide as one document, in parts (home, then each section), each page's body embedded.</summary>
public sealed record PrintView(string Title, IReadOnlyList<PrintPart> Parts) : IPageView;

/// <summary>A part of the print document: a section, with its anchor id.</summary>
public sealed record PrintPart(string Title, string Id, IReadOnlyList<PrintPage> Pages);

/// <summary>A page in the print document: its title, anchor id, whether it opens its part (a section list), and its body.</summary>
public sealed record PrintPage(string Title, string Id, bool OpensPart, TrustedHtml Html);
