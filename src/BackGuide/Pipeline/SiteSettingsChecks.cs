using System.Text.RegularExpressions;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.FrontMatter;

namespace BackGuide.Pipeline;

/// <summary>
/// Checks what site.yml's look settings name: wording the theme has, colours a stylesheet can take as they are, and
/// stylesheets and a logo that are files of the site (never another host's, never outside input/).
/// </summary>
public static partial class SiteSettingsChecks
{
    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
    private static partial Regex ColorPattern();

    private static readonly string[] LogoTypes = [".svg", ".png", ".jpg", ".jpeg", ".webp"];

    /// <summary>The settings with every value that failed its check left out, each failure reported at its line.</summary>
    public static SiteSettings Check(SiteSettings settings, FieldValues values, string inputRoot, SourceFile file, DiagnosticBag diagnostics)
    {
        void Error(string key, string message)
        {
            var (line, column) = values.PositionOf(key);
            diagnostics.Error(file, line, column, DiagnosticCodes.SiteSettings, message);
        }
        foreach (var name in values.TextMap("strings").Keys.Where(k => !ThemeStrings.Names.Contains(k, StringComparer.Ordinal)))
        {
            var hint = NearestName.Find(name, ThemeStrings.Names);
            Error("strings", $"'strings' has '{name}', which the theme does not use." + (hint is null ? " theme/README.md lists the names it does." : $" Did you mean '{hint}'?"));
        }
        string? Color(string key, string? color)
        {
            if (color is null || ColorPattern().IsMatch(color))
            {
                return color;
            }
            Error(key, $"'{key}' is '{color}', which is not a colour written #rrggbb (such as \"#0b5c6b\"). Put it in quotes, since # starts a comment in YAML.");
            return null;
        }
        string? SiteFile(string key, string path, IReadOnlyList<string> types)
        {
            var problem = Path.IsPathRooted(path) || path.Contains(':', StringComparison.Ordinal) || path.Split('/', '\\').Any(part => part is ".." || part.StartsWith('_') || part.StartsWith('.'))
                ? "a file under input/, written relative to it (such as css/clinic.css), never on another host, outside the site, or in a folder whose name starts with _ or a dot"
                : !types.Any(t => path.EndsWith(t, StringComparison.OrdinalIgnoreCase)) ? "a file of type " + string.Join(", ", types)
                : FileStatus.Of(Path.Combine(inputRoot, path)).Kind is not (FileKind.Regular or FileKind.Link) ? $"an existing file, and there is no input/{path}"
                : null;
            if (problem is null)
            {
                return path.Replace('\\', '/');
            }
            Error(key, $"'{key}' names '{path}', which must be {problem}.");
            return null;
        }
        return settings with
        {
            AccentColor = Color("accentColor", settings.AccentColor),
            AccentColorDark = Color("accentColorDark", settings.AccentColorDark),
            Css = settings.Css.Select(path => SiteFile("css", path, [".css"])).OfType<string>().ToList(),
            Logo = settings.Logo is { } logo ? SiteFile("logo", logo, LogoTypes) : null,
        };
    }
}
