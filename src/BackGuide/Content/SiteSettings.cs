using BackGuide.Diagnostics;

namespace BackGuide.Content;

/// <summary>The site-wide settings in <c>input/site.yml</c>.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Guide";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    public string BaseUrl { get; init; } = "";

    /// <summary>True when the site owner lets pages hold raw HTML (and so script); false shows it as text.</summary>
    public bool RawHtml { get; init; }
    public string Disclaimer { get; init; } =
        "This guide is general information, not a diagnosis. Ask a clinician who knows your history before you start.";
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>Who to call in an emergency; null when the guide sets none.</summary>
    public ContactNumber? Emergency { get; init; }

    /// <summary>Who to call for urgent, same-day help; null when the guide sets none.</summary>
    public ContactNumber? Urgent { get; init; }

    /// <summary>The stop rule every exercise page and card shows after its steps.</summary>
    public string StopRule { get; init; } =
        "Stop if the pain becomes sharp or clearly worse than before you started. Next time, do less or try the easier version, and ask a clinician if it keeps happening.";

    /// <summary>The page the stop rule links to for more ("guide/safety-first"); null when it links none.</summary>
    public PageReference? StopRulePage { get; init; }

    /// <summary>site.yml itself, where problems with its references are reported; null when the guide has none.</summary>
    public SourceFile? File { get; init; }

    /// <summary>What readers call each exercise target ("abdominals" → "Stomach muscles"), keyed case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> TargetLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Who reviewed the whole guide clinically, when someone has; null otherwise.</summary>
    public string? ReviewedBy { get; init; }

    public DateOnly? NextReview { get; init; }

    /// <summary>The theme's wording: <see cref="ThemeStrings"/>'s defaults with site.yml's <c>strings</c> laid over them.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = ThemeStrings.English;

    /// <summary>Stylesheets of the site (files under input/) that pages load after the theme's, in order.</summary>
    public IReadOnlyList<string> Css { get; init; } = [];

    /// <summary>The accent colour in light and dark mode (<c>#0b5c6b</c>); null keeps the theme's.</summary>
    public string? AccentColor { get; init; }

    public string? AccentColorDark { get; init; }

    /// <summary>A picture (a file under input/) shown beside the site title in the header; null for none.</summary>
    public string? Logo { get; init; }

    /// <summary>The header's entries in order: section folders and top-level page slugs; what it leaves out follows.</summary>
    public IReadOnlyList<string> Menu { get; init; } = [];

    /// <summary>Where <c>menu</c> is in site.yml, for reporting an entry that names nothing.</summary>
    public (int Line, int Column) MenuPosition { get; init; }

    /// <summary>The base URL with exactly one trailing slash, or empty when none is set.</summary>
    public string NormalizedBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? "" : BaseUrl.TrimEnd('/') + "/";
}

/// <summary>A telephone number to call and what to say about it ("Call 999 or go to A&amp;E").</summary>
public sealed record ContactNumber(string Number, string Label);
