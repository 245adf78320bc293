using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Templates;

/// <summary>The navigation a template shows beyond header and breadcrumbs: facet links, the home page's lookups, related pages in groups.</summary>
public sealed class NavigationModel(SiteIndex site)
{
    private readonly IReadOnlyList<Facet> _targets = ExerciseFacets.TargetFacets(site);
    private readonly IReadOnlyList<Facet> _positions = ExerciseFacets.PositionFacets(site);

    /// <summary>Links to every facet page (targets and positions), marking the one being shown.</summary>
    public Dictionary<string, object?>? FacetLinks(Document doc)
    {
        List<Dictionary<string, object?>> Links(IEnumerable<Facet> facets) => facets
            .Where(f => site.ByOutput(f.OutputPath) is not null)
            .Select(f => new Dictionary<string, object?>
            {
                ["label"] = f.Label,
                ["title"] = f.Title,
                ["value"] = PagePaths.Slugify(f.Value),
                ["url"] = RelativeUrl.Between(doc.OutputPath, f.OutputPath),
                ["current"] = f.OutputPath == doc.OutputPath,
            }).ToList();
        var targets = Links(_targets);
        var positions = Links(_positions);
        return targets.Count + positions.Count == 0 ? null : new() { ["targets"] = targets, ["positions"] = positions };
    }

    /// <summary>Every authored page by "section/slug", so the home template can link the pages a reader needs first.</summary>
    public Dictionary<string, object?> HomePages(Document doc) =>
        site.Pages.GroupBy(p => p.Section + "/" + p.Slug, StringComparer.Ordinal) // two pages may share a slug in a build that is failing
            .ToDictionary(g => g.Key, g => (object?)ExerciseView.Link(g.First(), doc.OutputPath), StringComparer.Ordinal);

    /// <summary>Related pages in two lists, exercises and everything else, so a reader sees what to do and what to read.</summary>
    public List<Dictionary<string, object?>>? RelatedGroups(Document doc, PageMeta meta)
    {
        var targets = meta.Related.Select(r => CheckReferences.Find(site, doc, r)).OfType<Document>().ToList();
        var groups = new[] { (Title: "Exercises to try", Exercises: true), (Title: "Read more", Exercises: false) }
            .Select(g => (g.Title, Items: targets.Where(t => (t.Meta is ExerciseMeta { Avoid: null }) == g.Exercises).Select(t => ExerciseView.Link(t, doc.OutputPath)).ToList()))
            .Where(g => g.Items.Count > 0)
            .Select(g => new Dictionary<string, object?> { ["title"] = g.Title, ["items"] = g.Items })
            .ToList();
        return groups.Count > 0 ? groups : null;
    }
}
