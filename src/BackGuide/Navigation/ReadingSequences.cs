using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Navigation;

/// <summary>
/// The chains that "Previous" and "Next" walk: each section's pages in the order of its list page. A page of
/// exercises to do never leads to a movement to avoid, so the movements to avoid form a chain of their own.
/// </summary>
public static class ReadingSequences
{
    /// <summary>Each authored page's chain and its place in it, found once (a search per page would make big sites quadratic).</summary>
    public static Dictionary<string, (IReadOnlyList<Document> Chain, int Index)> Of(SiteIndex site)
    {
        var places = new Dictionary<string, (IReadOnlyList<Document> Chain, int Index)>(StringComparer.Ordinal);
        foreach (var section in site.Pages.Select(p => p.Section).Distinct(StringComparer.Ordinal))
        {
            foreach (var chain in SectionGroups.InListOrder(section, site.InSection(section)).GroupBy(IsAvoided).Select(g => g.ToList()))
            {
                for (var i = 0; i < chain.Count; i++)
                {
                    places.TryAdd(chain[i].OutputPath, (chain, i));
                }
            }
        }
        return places;
    }

    private static bool IsAvoided(Document page) => page.Meta is ExerciseMeta { Avoid: not null };
}
