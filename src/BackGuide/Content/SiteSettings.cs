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

    /// <summary>The base URL with exactly one trailing slash, or empty when none is set.</summary>
    public string NormalizedBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? "" : BaseUrl.TrimEnd('/') + "/";
}

/// <summary>A telephone number to call and what to say about it ("Call 999 or go to A&amp;E").</summary>
public sealed record ContactNumber(string Number, string Label);
