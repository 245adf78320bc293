using System.Collections.Concurrent;
using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>
/// The header's menu (home, each section and top-level page, the generated pages that ask for an entry) and the breadcrumbs, made once
/// for every page that shows the same ones: the pages of one folder and section share them unless the page is itself
/// in the menu.
/// </summary>
public sealed class SiteMenu
{
    private readonly SiteIndex _site;
    private readonly IReadOnlyDictionary<string, string> _strings;
    private readonly IReadOnlyList<(string Path, string Title, string? Section)> _entries;
    private readonly HashSet<string> _entryPaths;
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string Section, string? Current), IReadOnlyList<MenuItem>> _menus = new();
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string Section, bool IsSectionIndex), IReadOnlyList<LinkView>> _crumbs = new();

    public SiteMenu(SiteIndex site, IEnumerable<Document> documents, IReadOnlyDictionary<string, string> strings)
    {
        _site = site;
        _strings = strings;
        var entries = new List<(string Path, string Title, string? Section)> { ("index.html", strings["home"], null) };
        entries.AddRange(site.TopLevel.Select(e => e.Page is { } page
            ? (page.OutputPath, page.Title, (string?)null)
            : (e.Section + "/index.html", site.ByOutput(e.Section + "/index.html")?.Title ?? Sections.TitleOf(e.Section, strings), (string?)e.Section)));
        // A generated entry in a folder of its own (cards/index.html) is active on every page of that folder.
        entries.AddRange(documents.Where(d => d.Generated?.MenuTitle is not null)
            .Select(d => (d.OutputPath, d.Generated!.MenuTitle!, d.OutputPath.Contains('/', StringComparison.Ordinal) ? d.Section : null)));
        _entries = entries;
        _entryPaths = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The header's menu as <paramref name="doc"/> shows it: its own entry current, its section's active.</summary>
    public IReadOnlyList<MenuItem> For(Document doc, LinkCache.Folder folder)
    {
        var key = (folder, doc.Section, _entryPaths.Contains(doc.OutputPath) ? doc.OutputPath : null);
        return _menus.TryGetValue(key, out var menu) ? menu : _menus.GetOrAdd(key, Make(key.Item1, key.Section, key.Item3));
    }

    private List<MenuItem> Make(LinkCache.Folder folder, string section, string? current) =>
        _entries.Select(e => new MenuItem(e.Title, folder.Url(e.Path), current == e.Path, current == e.Path || (e.Section is not null && section == e.Section))).ToList();

    /// <summary>The way back from <paramref name="doc"/>: home, then its section's list; null on the home page.</summary>
    public IReadOnlyList<LinkView>? Breadcrumbs(Document doc, LinkCache.Folder folder)
    {
        if (doc.Kind == PageKind.Home)
        {
            return null;
        }
        var key = (folder, doc.Section, IsIndexOf(doc.OutputPath, doc.Section));
        return _crumbs.TryGetValue(key, out var crumbs) ? crumbs : _crumbs.GetOrAdd(key, MakeCrumbs(key.Item1, key.Section, key.Item3));
    }

    private List<LinkView> MakeCrumbs(LinkCache.Folder folder, string section, bool isSectionIndex)
    {
        var crumbs = new List<LinkView> { Crumb(folder, "index.html", _site.Home?.Title ?? _strings["home"]) };
        var sectionIndex = section + "/index.html";
        if (section.Length > 0 && !isSectionIndex)
        {
            crumbs.Add(Crumb(folder, sectionIndex, _site.ByOutput(sectionIndex)?.Title ?? Sections.TitleOf(section, _strings)));
        }
        return crumbs;
    }

    private static bool IsIndexOf(string path, string section) =>
        path.Length == section.Length + "/index.html".Length && path.StartsWith(section, StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal);

    private static LinkView Crumb(LinkCache.Folder folder, string target, string title) => new(title, folder.Url(target), null, "");
}
