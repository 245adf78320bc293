namespace BackGuide.Cli.Preview;

/// <summary>The live-reload script (<c>Preview/live-reload.js</c>) as the HTML preview injects before &lt;/body&gt;.</summary>
public static class ReloadScript
{
    private static readonly string Source = Load();

    /// <summary>The script tag for pages of build number <paramref name="version"/>, so a page from an older build reloads when it connects.</summary>
    public static string Html(int version) =>
        "<script>" + Source.Replace("__BACKGUIDE_VERSION__", version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) + "</script>\n";

    private static string Load()
    {
        using var stream = typeof(ReloadScript).Assembly.GetManifestResourceStream("preview/live-reload.js")
            ?? throw new InvalidOperationException("The live-reload script is missing from the program.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
