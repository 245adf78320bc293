using System.Collections.Concurrent;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>The navigation a page shows beyond header and breadcrumbs: facet links, the home page's lookups, related pages in groups.</summary>
public sealed class NavigationModel(SiteIndex site, IReadOnlyDictionary<string, string> targetLabels, IReadOnlyDictionary<string, string> strings)
{
    private readonly List<(Facet Facet, string Value)> _targets = WithPages(site, ExerciseFacets.TargetFacets(site, targetLabels, strings));
    private readonly List<(Facet Facet, string Value)> _positions = WithPages(site, ExerciseFacets.PositionFacets(site, strings));
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string? Current), FacetLinksView?> _facetLinks = new();

    /// <summary>The facets whose pages exist, each with the slug of its value.</summary>
    private static List<(Facet Facet, string Value)> WithPages(SiteIndex site, IReadOnlyList<Facet> facets) =>
        facets.Where(f => site.ByOutput(f.OutputPath) is not null).Select(f => (f, PagePaths.Slugify(f.Value))).ToList();

    /// <summary>Links to every facet page (targets and positions), marking the one being shown; null when there are none.</summary>
    public FacetLinksView? FacetLinks(Document doc, LinkCache.Folder from)
    {
        var isFacet = _targets.Any(f => f.Facet.OutputPath == doc.OutputPath) || _positions.Any(f => f.Facet.OutputPath == doc.OutputPath);
        var key = (from, isFacet ? doc.OutputPath : null);
        return _facetLinks.TryGetValue(key, out var links) ? links : _facetLinks.GetOrAdd(key, MakeFacetLinks(from, key.Item2));
    }

    private FacetLinksView? MakeFacetLinks(LinkCache.Folder from, string? current)
    {
        List<FacetPageLink> Links(IEnumerable<(Facet Facet, string Value)> facets) => facets
            .Select(f => new FacetPageLink(f.Facet.Label, f.Facet.Title, f.Value, from.Url(f.Facet.OutputPath), f.Facet.OutputPath == current))
            .ToList();
        var targets = Links(_targets);
        var positions = Links(_positions);
        return targets.Count + positions.Count == 0 ? null : new FacetLinksView(targets, positions);
    }

    /// <summary>Every authored page by "section/slug", so the home template can link the pages a reader needs first.</summary>
    public IReadOnlyDictionary<string, LinkView> HomePages(LinkCache.Folder from) =>
        site.Pages.GroupBy(p => p.Section + "/" + p.Slug, StringComparer.Ordinal) // two pages may share a slug in a build that is failing
            .ToDictionary(g => g.Key, g => from.Link(g.First()), StringComparer.Ordinal);

    /// <summary>Related pages in two lists, exercises and everything else, so a reader sees what to do and what to read.</summary>
    public IReadOnlyList<LinkGroup>? RelatedGroups(IReadOnlyList<Document> targets, LinkCache.Folder from)
    {
        if (targets.Count == 0)
        {
            return null;
        }
        var exercises = new List<LinkView>();
        var reading = new List<LinkView>();
        foreach (var target in targets)
        {
            (target.Meta is ExerciseMeta { Avoid: null } ? exercises : reading).Add(from.Link(target));
        }
        var groups = new List<LinkGroup>(2);
        if (exercises.Count > 0)
        {
            groups.Add(new LinkGroup(strings["exercises_to_try"], exercises));
        }
        if (reading.Count > 0)
        {
            groups.Add(new LinkGroup(strings["read_more"], reading));
        }
        return groups;
    }
}
