using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.FrontMatter;
using BackGuide.Text;

namespace BackGuide.Pipeline;

/// <summary>Reads <c>input/site.yml</c> (optional: without it the site gets a plain title and the standard disclaimer).</summary>
public static class SiteSettingsLoader
{
    public static SiteSettings Load(string inputRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputRoot, "site.yml");
        if (FileStatus.Of(path).Kind == FileKind.Missing)
        {
            path = Path.Combine(inputRoot, "site.yaml");
            if (FileStatus.Of(path).Kind == FileKind.Missing)
            {
                return new SiteSettings();
            }
        }
        var file = SourceFile.Create(path, inputRoot);
        if (UntrustedFile.Problem(path, inputRoot, UntrustedFile.MaxTextBytes) is { } problem)
        {
            diagnostics.Error(file, 0, 0, DiagnosticCodes.UnsafeInputFile, problem);
            return new SiteSettings();
        }
        if (!TextDecoder.TryDecode(UntrustedFile.ReadAllBytes(path, UntrustedFile.MaxTextBytes), out var text, out _))
        {
            diagnostics.Error(file, 1, 1, DiagnosticCodes.NotText, "site.yml is not valid UTF-8 text. Save it as UTF-8.");
            return new SiteSettings();
        }
        var map = YamlLoader.Load(text, file, 1, diagnostics, "site.yml");
        if (map is null)
        {
            return new SiteSettings();
        }
        var values = new FrontMatterReader(file, 1, diagnostics).Read(map, FrontMatterSchema.Site, requiredFlag: true);
        var settings = SiteSettingsChecks.Check(MetaFactory.CreateSite(values) with { File = file }, values, inputRoot, file, diagnostics);
        if (settings.BaseUrl.Length > 0
            && !(Uri.TryCreate(settings.BaseUrl, UriKind.Absolute, out var address) && address.Scheme is "http" or "https" && address.Host.Length > 0))
        {
            var (line, column) = values.PositionOf("baseUrl");
            diagnostics.Error(file, line, column, DiagnosticCodes.SiteSettings,
                $"'baseUrl' must be an absolute http or https address, such as https://example.org/back/, not '{settings.BaseUrl}'. Leave it out to build a site that works from any folder.");
            return settings with { BaseUrl = "" };
        }
        return settings;
    }
}
