namespace BackGuide.Cli.Preview;

/// <summary>The live-reload script (<c>Preview/live-reload.js</c>) as the HTML preview injects before &lt;/body&gt;.</summary>
public static class ReloadScript
{
    private const string VersionToken = "__BACKGUIDE_VERSION__";
    private static readonly string Source = Load();
    private static readonly byte[] VersionTokenBytes = System.Text.Encoding.UTF8.GetBytes(VersionToken);

    /// <summary>
    /// The script tag as preview builds put it in every page: the build number is left as a token, so a page's HTML
    /// stays the same from one build to the next (and can be reused) until <see cref="Stamp"/> fills it in as it is served.
    /// </summary>
    public static string Unstamped { get; } = "<script>" + Source + "</script>\n";

    /// <summary>The script tag for pages of build number <paramref name="version"/>, so a page from an older build reloads when it connects.</summary>
    public static string Html(int version) =>
        Unstamped.Replace(VersionToken, version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A page's bytes with the build number filled into its reload script (the last token in the page).</summary>
    public static byte[] Stamp(byte[] page, int version)
    {
        var at = page.AsSpan().LastIndexOf(VersionTokenBytes);
        if (at < 0)
        {
            return page;
        }
        var number = System.Text.Encoding.UTF8.GetBytes(version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return [.. page.AsSpan(0, at), .. number, .. page.AsSpan(at + VersionTokenBytes.Length)];
    }

    private static string Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("preview/live-reload.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
