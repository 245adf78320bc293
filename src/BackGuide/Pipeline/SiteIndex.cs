using System.Collections.Frozen;
using BackGuide.Content;

namespace BackGuide.Pipeline;

/// <summary>Looks up the site's documents by source path, section and slug, or output path; lists sections in reading order.</summary>
public sealed class SiteIndex
{
    private readonly FrozenDictionary<string, Document> _bySource;
    private readonly FrozenDictionary<string, Document> _byOutput;
    private readonly FrozenDictionary<string, Document> _bySlug;
    private readonly FrozenDictionary<string, IReadOnlyList<Document>> _bySection;

    private readonly IReadOnlyList<string> _menu;

    /// <param name="menu">site.yml's <c>menu</c>: section folders and top-level page slugs, in the order readers see them.</param>
    public SiteIndex(IEnumerable<Document> documents, IReadOnlyList<string>? menu = null)
    {
        _menu = menu ?? [];
        var all = documents.ToList();
        _bySource = all.Where(d => d.Source is not null)
            .GroupBy(d => d.Source!.RelativePath, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byOutput = all.GroupBy(d => d.OutputPath, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Pages = all.Where(d => d.IsAuthoredPage && d.Kind is PageKind.Exercise or PageKind.SelfCare or PageKind.Page).ToList();
        _bySlug = Pages.GroupBy(d => d.Section + "/" + d.Slug, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _bySection = Pages.GroupBy(d => d.Section, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Document>)g.OrderBy(d => d, ReadingOrder.Instance).ToList(), StringComparer.Ordinal);
        var introOrder = all.Where(d => d.Kind == PageKind.SectionIndex && d.Meta?.Order is not null)
            .GroupBy(d => d.Section, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Meta!.Order!.Value, StringComparer.Ordinal);
        Sections = _bySection.Keys.Where(s => s.Length > 0)
            .OrderBy(MenuRank)
            .ThenBy(s => introOrder.TryGetValue(s, out var order) ? order : int.MaxValue)
            .ThenBy(SectionRank)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToList();
        // Sections, then pages at the top of input/ (about.md), so every page is reachable; site.yml's menu may mix them.
        TopLevel = Sections.Select(section => new TopLevelEntry(section, null))
            .Concat(InSection("").Select(page => new TopLevelEntry("", page)))
            .OrderBy(e => MenuRank(e.Page?.Slug ?? e.Section))
            .ToList();
        Home = all.FirstOrDefault(d => d.Kind == PageKind.Home);
        WarningSignsPage = Pages.Where(d => d.Meta is { WarningSigns.Count: > 0 }).OrderBy(d => d.OutputPath, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Authored pages of every section (not the home page, section intros or generated pages).</summary>
    public IReadOnlyList<Document> Pages { get; }

    /// <summary>
    /// Section folders in navigation order: as site.yml's <c>menu</c> lists them, then by the <c>order</c> of each
    /// section's index.md, then plain sections A–Z, then exercises, then self-care.
    /// </summary>
    public IReadOnlyList<string> Sections { get; }

    /// <summary>What the menu lists after home, in its order: each section, and each page at the top of <c>input/</c>.</summary>
    public IReadOnlyList<TopLevelEntry> TopLevel { get; }

    /// <summary>
    /// Above this many pages a reader cannot use one list of every page, nor print them all: the home page lists the
    /// sections with their counts, and the print document is split by section (<see cref="IsLarge"/>).
    /// </summary>
    public const int LargeSitePages = 200;

    /// <summary>True when the site has more than <see cref="LargeSitePages"/> pages (home, section lists and generated pages not counted).</summary>
    public bool IsLarge => Pages.Count > LargeSitePages;

    public Document? Home { get; }

    /// <summary>The page that lists the warning signs (<c>warningSigns</c> in its front matter; the first by path), or null.</summary>
    public Document? WarningSignsPage { get; }

    public Document? BySource(string relativePath) => _bySource.GetValueOrDefault(relativePath);

    public Document? ByOutput(string outputPath) => _byOutput.GetValueOrDefault(outputPath);

    public Document? ByReference(string section, string slug) => _bySlug.GetValueOrDefault(section + "/" + slug);

    /// <summary>The page a front-matter reference on <paramref name="from"/> names (<c>related</c>, <c>avoid.instead</c>), or null.</summary>
    public Document? Resolve(Document from, PageReference reference)
    {
        var (section, slug) = reference.Resolve(from.Section);
        return ByReference(section, slug);
    }

    public IReadOnlyList<Document> InSection(string section) => _bySection.GetValueOrDefault(section) ?? [];

    public IEnumerable<string> OutputPaths => _byOutput.Keys;

    public IEnumerable<string> SourcePaths => _bySource.Keys;

    /// <summary>Where site.yml's <c>menu</c> puts a section folder or top-level page slug; after every listed one when it is not listed.</summary>
    public int MenuRank(string name)
    {
        for (var i = 0; i < _menu.Count; i++)
        {
            if (string.Equals(_menu[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    private static int SectionRank(string section) => section switch
    {
        Content.Sections.Exercises => 1,
        Content.Sections.SelfCare => 2,
        _ => 0,
    };
}

/// <summary>An entry of the menu after home: a section (<paramref name="Page"/> null), or a page at the top of <c>input/</c> (<paramref name="Section"/> "").</summary>
public sealed record TopLevelEntry(string Section, Document? Page);

/// <summary>The order pages are listed in: by <c>order</c> (unset last), then title, then slug.</summary>
public sealed class ReadingOrder : IComparer<Document>
{
    public static readonly ReadingOrder Instance = new();

    public int Compare(Document? x, Document? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var byOrder = (x.Meta?.Order ?? int.MaxValue).CompareTo(y.Meta?.Order ?? int.MaxValue);
        if (byOrder != 0)
        {
            return byOrder;
        }
        var byTitle = string.Compare(x.Title, y.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Slug, y.Slug);
    }
}
