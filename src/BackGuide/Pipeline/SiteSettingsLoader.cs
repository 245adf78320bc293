using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using BackGuide.Text;

namespace BackGuide.Pipeline;

/// <summary>Reads <c>input/site.yml</c> (optional: without it the site gets a plain title and the standard disclaimer).</summary>
public static class SiteSettingsLoader
{
    public static SiteSettings Load(string inputRoot, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputRoot, "site.yml");
        if (!File.Exists(path))
        {
            path = Path.Combine(inputRoot, "site.yaml");
            if (!File.Exists(path))
            {
                return new SiteSettings();
            }
        }
        var file = SourceFile.Create(path, inputRoot);
        if (!TextDecoder.TryDecode(File.ReadAllBytes(path), out var text, out _))
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
        return MetaFactory.CreateSite(values) with { File = file };
    }
}
