using BackGuide.Content;
using BackGuide.Diagnostics;

namespace BackGuide.Pipeline;

/// <summary>
/// One page or file flowing through the build. Documents are immutable: a step returns new documents
/// (<c>doc with { Html = ... }</c>) rather than changing the ones it was given.
/// </summary>
public sealed record Document
{
    /// <summary>The file this document was read from; null for pages the build generates.</summary>
    public SourceFile? Source { get; init; }

    /// <summary>Where the document is written, relative to the output folder, with '/' separators.</summary>
    public required string OutputPath { get; init; }

    public PageKind Kind { get; init; } = PageKind.Generated;

    /// <summary>The first folder under input/ ("exercises"), or "" for pages at the root.</summary>
    public string Section { get; init; } = "";

    public string Slug { get; init; } = "";

    /// <summary>The file's text, decoded and with line endings normalised to '\n'; emptied once split into <see cref="Yaml"/> and <see cref="Body"/>.</summary>
    public string Text { get; init; } = "";

    public string? Yaml { get; init; }

    public int YamlLine { get; init; }

    public string Body { get; init; } = "";

    public int BodyLine { get; init; } = 1;

    public PageMeta? Meta { get; init; }

    public IReadOnlyList<Heading> Headings { get; init; } = [];

    /// <summary>The page's other link targets: ids in its raw HTML and on blocks other than headings.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];

    /// <summary>The page's own content as HTML, before the theme wraps it.</summary>
    public string Html { get; init; } = "";

    /// <summary>The links in the body to pages, files and headings of the site, as resolved when the page rendered.</summary>
    public IReadOnlyList<Links.PageLink> Links { get; init; } = [];

    /// <summary>Plain text of the body, for search and descriptions.</summary>
    public string PlainText { get; init; } = "";

    /// <summary>The theme template that renders this document (templates/NAME.sbn-html); null for files written as they are.</summary>
    public string? Template { get; init; }

    /// <summary>What a generated page says about itself (title, menu entry, sitemap, feature); null for pages written by the author.</summary>
    public Views.GeneratedPage? Generated { get; init; }

    /// <summary>What this kind of page shows (a list, a card…), set by the step that made it; null for plain pages.</summary>
    public Views.IPageView? View { get; init; }

    /// <summary>The final bytes to write (set by the template step, or directly for assets).</summary>
    public ReadOnlyMemory<byte> Output { get; init; }

    /// <summary>True for a page built from other pages' rendered bodies (the print document); it is rendered after them.</summary>
    public bool EmbedsPages { get; init; }

    /// <summary>True once the file is in the staging folder (written as soon as it was rendered); <see cref="Output"/> is then empty.</summary>
    public bool Written { get; init; }

    /// <summary>A file copied as it is, from this path, instead of <see cref="Output"/>.</summary>
    public string? CopyFrom { get; init; }

    /// <summary>True once a step reported an error for this document; later steps leave it alone.</summary>
    public bool Failed { get; init; }

    public string Title => Meta?.Title is { Length: > 0 } title ? title : Generated?.Title ?? Slug;

    public bool IsAuthoredPage => Source is not null && Kind is not PageKind.Generated && CopyFrom is null;
}

/// <summary>A heading in a page body: its level, text and anchor id.</summary>
public sealed record Heading(int Level, string Text, string Id);
