using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Navigation;

/// <summary>
/// The groups and order a section's pages are listed in — exercises by category with the movements to avoid last,
/// self-care by first topic — the one order the section list, the cards and the print document all follow.
/// </summary>
public static class SectionGroups
{
    private static readonly string[] CategoryOrder = ["stretch", "strengthen", "mobility", "relax"];

    /// <summary>A section's pages (in reading order) in the groups and order of its list page.</summary>
    public static IEnumerable<IGrouping<string, Document>> Of(string section, IReadOnlyList<Document> pages) => section switch
    {
        Sections.Exercises => pages.GroupBy(ExerciseGroup).OrderBy(g => ExerciseGroupRank(g.Key)),
        Sections.SelfCare => pages.GroupBy(p => p.Meta is SelfCareMeta { Topics.Count: > 0 } care ? care.Topics[0] : "other")
            .OrderBy(g => g.Key, StringComparer.Ordinal),
        _ => pages.GroupBy(_ => ""),
    };

    /// <summary>A section's pages flattened in list order.</summary>
    public static IEnumerable<Document> InListOrder(string section, IReadOnlyList<Document> pages) => Of(section, pages).SelectMany(g => g);

    /// <summary>The heading of a group on the list page ("" for the single group of a plain section).</summary>
    public static string TitleOf(string section, string key, IReadOnlyDictionary<string, string> strings) => (section, key) switch
    {
        (_, "") => "",
        (Sections.Exercises, "avoid") => strings["movements_to_avoid"],
        (Sections.Exercises, _) => ThemeStrings.Label(strings, "group", key),
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };

    private static string ExerciseGroup(Document page) => page.Meta is ExerciseMeta { Avoid: not null } ? "avoid" : (page.Meta as ExerciseMeta)?.Category ?? "other";

    private static int ExerciseGroupRank(string group) => Array.IndexOf(CategoryOrder, group) is >= 0 and var i ? i : group == "avoid" ? 100 : 50;
}
