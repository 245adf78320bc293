namespace BackGuide.Markdown;

/// <summary>
/// Addresses a page may not link to or show: <c>javascript:</c> and <c>vbscript:</c> run script when clicked, and
/// <c>data:</c> can carry a whole page of script or hide what an image is. Browsers ignore case, blanks and control
/// characters inside the scheme, so this does too (Markdig has already decoded entities such as <c>&amp;#106;</c>).
/// </summary>
internal static class UnsafeUrls
{
    private static readonly string[] Schemes = ["javascript", "vbscript", "data"];

    /// <summary>The unsafe scheme the URL uses, in lower case, or null when it uses none.</summary>
    public static string? Scheme(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        var scheme = new string(url[..colon].Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return Array.IndexOf(Schemes, scheme) >= 0 ? scheme : null;
    }
}
