using System.Collections.Concurrent;
using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Templates;

/// <summary>
/// The header's links (home, each section, the generated pages) and the breadcrumbs, made once for every page that
/// shows the same ones: the pages of one folder and section share them unless the page is itself in the menu.
/// </summary>
public sealed class SiteMenu
{
    private static readonly (string Path, string Title)[] GeneratedNav = [("avoid.html", "Avoid these"), ("cards/index.html", "Cards")];

    private readonly SiteIndex _site;
    private readonly IReadOnlyList<(string Path, string Title, string? Section)> _entries;
    private readonly HashSet<string> _entryPaths;
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string Section, string? Current), List<Dictionary<string, object?>>> _menus = new();
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string Section, bool IsSectionIndex), List<Dictionary<string, object?>>> _crumbs = new();

    public SiteMenu(SiteIndex site)
    {
        _site = site;
        var entries = new List<(string Path, string Title, string? Section)> { ("index.html", "Home", null) };
        foreach (var section in site.Sections)
        {
            entries.Add((section + "/index.html", site.ByOutput(section + "/index.html")?.Title ?? Sections.TitleOf(section), section));
        }
        entries.AddRange(GeneratedNav.Where(g => site.ByOutput(g.Path) is not null).Select(g => (g.Path, g.Title, (string?)null)));
        _entries = entries;
        _entryPaths = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The header's links as <paramref name="doc"/> shows them: its own marked current, its section's active. Shared: never change it.</summary>
    public List<Dictionary<string, object?>> For(Document doc, LinkCache.Folder folder)
    {
        var key = (folder, doc.Section, _entryPaths.Contains(doc.OutputPath) ? doc.OutputPath : null);
        return _menus.TryGetValue(key, out var menu) ? menu : _menus.GetOrAdd(key, Make(key.Item1, key.Section, key.Item3));
    }

    private List<Dictionary<string, object?>> Make(LinkCache.Folder folder, string section, string? current) =>
        _entries.Select(e => new Dictionary<string, object?>(4)
        {
            ["title"] = e.Title,
            ["url"] = folder.Url(e.Path),
            ["current"] = current == e.Path ? "page" : null,
            ["active"] = current == e.Path || (e.Section is not null && section == e.Section),
        }).ToList();

    /// <summary>The way back from <paramref name="doc"/>: home, then its section's list; null on the home page. Shared: never change it.</summary>
    public List<Dictionary<string, object?>>? Breadcrumbs(Document doc, LinkCache.Folder folder)
    {
        if (doc.Kind == PageKind.Home)
        {
            return null;
        }
        var key = (folder, doc.Section, IsIndexOf(doc.OutputPath, doc.Section));
        return _crumbs.TryGetValue(key, out var crumbs) ? crumbs : _crumbs.GetOrAdd(key, MakeCrumbs(key.Item1, key.Section, key.Item3));
    }

    private List<Dictionary<string, object?>> MakeCrumbs(LinkCache.Folder folder, string section, bool isSectionIndex)
    {
        var crumbs = new List<Dictionary<string, object?>> { Crumb(folder, "index.html", _site.Home?.Title ?? "Home") };
        var sectionIndex = section + "/index.html";
        if (section.Length > 0 && !isSectionIndex)
        {
            crumbs.Add(Crumb(folder, sectionIndex, _site.ByOutput(sectionIndex)?.Title ?? Sections.TitleOf(section)));
        }
        return crumbs;
    }

    private static bool IsIndexOf(string path, string section) =>
        path.Length == section.Length + "/index.html".Length && path.StartsWith(section, StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal);

    private static Dictionary<string, object?> Crumb(LinkCache.Folder folder, string target, string title) => new(2)
    {
        ["title"] = title,
        ["url"] = folder.Url(target),
    };
}
