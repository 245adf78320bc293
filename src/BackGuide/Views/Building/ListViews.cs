using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>Makes the lists of pages that section and facet pages show, in the groups of <see cref="SectionGroups"/>.</summary>
public static class ListViews
{
    /// <summary>The groups of a list of <paramref name="pages"/> of <paramref name="section"/>, as the page at <paramref name="listPath"/> shows them.</summary>
    public static IReadOnlyList<ListGroup> Groups(string section, IReadOnlyList<Document> pages, string listPath, IReadOnlyDictionary<string, string> strings) =>
        SectionGroups.Of(section, pages)
            .Select(g => new ListGroup(SectionGroups.TitleOf(section, g.Key, strings), PagePaths.Slugify(g.Key), g.Select(p => Item(p, listPath)).ToList()))
            .ToList();

    private static ListItem Item(Document page, string fromPath)
    {
        var exercise = page.Meta as ExerciseMeta;
        return new ListItem(page.Title, RelativeUrl.Between(fromPath, page.OutputPath), page.Meta?.Summary, page.Slug,
            exercise?.Avoid is not null, exercise is null ? null : ExerciseFilters.ItemValues(exercise));
    }
}
