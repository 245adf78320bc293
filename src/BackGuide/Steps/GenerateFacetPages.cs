using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;
using BackGuide.Views;
using BackGuide.Views.Building;

namespace BackGuide.Steps;

/// <summary>
/// Makes a list page for each exercise facet: <c>exercises/targets/&lt;target&gt;.html</c> ("Exercises for the
/// hamstrings") and <c>exercises/positions/&lt;position&gt;.html</c>, grouped like the exercises index.
/// </summary>
public sealed class GenerateFacetPages : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var byFacet = site.InSection(Sections.Exercises)
            .Where(p => p.Meta is ExerciseMeta)
            .SelectMany(p => ExerciseFacets.PathsOf((ExerciseMeta)p.Meta!).Select(path => (Path: path, Page: p)))
            .ToLookup(x => x.Path, x => x.Page, StringComparer.Ordinal);
        var result = documents.ToBuilder();
        foreach (var facet in ExerciseFacets.TargetFacets(site, context.Settings.TargetLabels, context.Settings.Strings).Concat(ExerciseFacets.PositionFacets(site, context.Settings.Strings)))
        {
            var pages = byFacet[facet.OutputPath].ToList();
            var avoided = pages.Count(p => p.Meta is ExerciseMeta { Avoid: not null });
            result.Add(new Document
            {
                OutputPath = facet.OutputPath,
                Kind = PageKind.Generated,
                Section = Sections.Exercises,
                Slug = PagePaths.Slugify(facet.Value),
                Template = "list",
                Generated = new GeneratedPage(facet.Title)
                {
                    CrumbTitle = facet.CrumbTitle,
                    Description = Summary(context.Settings, pages.Count - avoided, avoided),
                },
                View = new ListView(facet.Title, "facet", ListViews.Groups(Sections.Exercises, pages, facet.OutputPath, context.Settings.Strings), [], ShowsRoutine: false,
                    new FacetValue(facet.Kind, facet.Value, facet.Label)),
            });
        }
        return result.ToImmutable();
    }

    /// <summary>"3 exercises from this guide, and 1 movement to avoid.", in the theme's wording.</summary>
    private static string Summary(SiteSettings settings, int exercises, int avoided) =>
        settings.Strings[avoided > 0 ? "facet_summary_avoid" : "facet_summary"]
            .Replace("{exercises}", ThemeStrings.Count(settings.Strings, settings.Language, "count_exercises", exercises), StringComparison.Ordinal)
            .Replace("{movements}", ThemeStrings.Count(settings.Strings, settings.Language, "count_movements", avoided), StringComparison.Ordinal);
}
