namespace BackGuide.Content;

/// <summary>Front matter every page may carry; typed sections add their own fields in subtypes.</summary>
public record PageMeta
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? Slug { get; init; }
    public int? Order { get; init; }
    public bool Search { get; init; } = true;

    /// <summary>True for a page not yet to be published (<c>draft: true</c>): left out of a build without --drafts.</summary>
    public bool Draft { get; init; }
    /// <summary>When the page was last updated (<c>updated</c>); not a clinical review.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Who reviewed the page clinically, when someone has; null otherwise.</summary>
    public string? ReviewedBy { get; init; }

    public DateOnly? NextReview { get; init; }

    /// <summary>Warning signs the page explains; search puts the page first for them.</summary>
    public IReadOnlyList<string> WarningSigns { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<PageReference> Related { get; init; } = [];

    /// <summary>Pictures named in front matter, in order; sizes are filled in once the files are checked.</summary>
    public IReadOnlyList<ImageRef> Images { get; init; } = [];
}
