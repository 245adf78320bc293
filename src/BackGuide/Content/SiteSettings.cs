namespace BackGuide.Content;

/// <summary>The site-wide settings in <c>input/site.yml</c>.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Guide";
    public string Description { get; init; } = "";
    public string Language { get; init; } = "en";
    public string BaseUrl { get; init; } = "";
    public string Disclaimer { get; init; } =
        "This guide is general information, not a diagnosis. Ask a clinician who knows your history before you start.";
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];

    /// <summary>The base URL with exactly one trailing slash, or empty when none is set.</summary>
    public string NormalizedBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? "" : BaseUrl.TrimEnd('/') + "/";
}
