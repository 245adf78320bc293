using System.Collections.Concurrent;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;

namespace BackGuide.Templates;

/// <summary>The navigation a template shows beyond header and breadcrumbs: facet links, the home page's lookups, related pages in groups.</summary>
public sealed class NavigationModel(SiteIndex site)
{
    private readonly List<(Facet Facet, string Value)> _targets = WithPages(site, ExerciseFacets.TargetFacets(site));
    private readonly List<(Facet Facet, string Value)> _positions = WithPages(site, ExerciseFacets.PositionFacets(site));
    private readonly ConcurrentDictionary<(LinkCache.Folder Folder, string? Current), Dictionary<string, object?>?> _facetLinks = new();

    /// <summary>The facets whose pages exist, each with the slug of its value.</summary>
    private static List<(Facet Facet, string Value)> WithPages(SiteIndex site, IReadOnlyList<Facet> facets) =>
        facets.Where(f => site.ByOutput(f.OutputPath) is not null).Select(f => (f, PagePaths.Slugify(f.Value))).ToList();

    /// <summary>Links to every facet page (targets and positions), marking the one being shown. Shared: never change it.</summary>
    public Dictionary<string, object?>? FacetLinks(Document doc, LinkCache.Folder from)
    {
        var isFacet = _targets.Any(f => f.Facet.OutputPath == doc.OutputPath) || _positions.Any(f => f.Facet.OutputPath == doc.OutputPath);
        var key = (from, isFacet ? doc.OutputPath : null);
        return _facetLinks.TryGetValue(key, out var links) ? links : _facetLinks.GetOrAdd(key, MakeFacetLinks(from, key.Item2));
    }

    private Dictionary<string, object?>? MakeFacetLinks(LinkCache.Folder from, string? current)
    {
        List<Dictionary<string, object?>> Links(IEnumerable<(Facet Facet, string Value)> facets) => facets
            .Select(f => new Dictionary<string, object?>(5)
            {
                ["label"] = f.Facet.Label,
                ["title"] = f.Facet.Title,
                ["value"] = f.Value,
                ["url"] = from.Url(f.Facet.OutputPath),
                ["current"] = f.Facet.OutputPath == current,
            }).ToList();
        var targets = Links(_targets);
        var positions = Links(_positions);
        return targets.Count + positions.Count == 0 ? null : new() { ["targets"] = targets, ["positions"] = positions };
    }

    /// <summary>Every authored page by "section/slug", so the home template can link the pages a reader needs first.</summary>
    public Dictionary<string, object?> HomePages(LinkCache.Folder from) =>
        site.Pages.GroupBy(p => p.Section + "/" + p.Slug, StringComparer.Ordinal) // two pages may share a slug in a build that is failing
            .ToDictionary(g => g.Key, g => (object?)from.Link(g.First()), StringComparer.Ordinal);

    /// <summary>Related pages in two lists, exercises and everything else, so a reader sees what to do and what to read.</summary>
    public List<Dictionary<string, object?>>? RelatedGroups(IReadOnlyList<Document> targets, LinkCache.Folder from)
    {
        if (targets.Count == 0)
        {
            return null;
        }
        var exercises = new List<Dictionary<string, object?>>();
        var reading = new List<Dictionary<string, object?>>();
        foreach (var target in targets)
        {
            (target.Meta is ExerciseMeta { Avoid: null } ? exercises : reading).Add(from.Link(target));
        }
        var groups = new List<Dictionary<string, object?>>(2);
        if (exercises.Count > 0)
        {
            groups.Add(new() { ["title"] = "Exercises to try", ["items"] = exercises });
        }
        if (reading.Count > 0)
        {
            groups.Add(new() { ["title"] = "Read more", ["items"] = reading });
        }
        return groups;
    }
}
