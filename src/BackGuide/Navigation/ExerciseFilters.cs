using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Navigation;

/// <summary>
/// The browser filters of the exercises index: the choices of each filter, and the <c>data-*</c> values an item carries
/// so the script (theme/assets/filters.js) can match it. Values are slugs, several separated by spaces.
/// </summary>
public static class ExerciseFilters
{
    public const string NoEquipment = "none";

    public static IReadOnlyList<FilterView> Options(SiteIndex site, IReadOnlyDictionary<string, string> targetLabels, IReadOnlyDictionary<string, string> strings)
    {
        var exercises = ExerciseFacets.Doable(site).Select(x => x.Meta).ToList();
        var targets = exercises.SelectMany(e => e.Targets).DistinctBy(PagePaths.Slugify)
            .Select(t => new FilterOption(PagePaths.Slugify(t), ExerciseFacets.TargetLabel(t, targetLabels)))
            .OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase);
        return
        [
            new FilterView("target", strings["filter_target"], targets.ToList()),
            Filter("position", strings["filter_position"], Sections.Positions.Where(p => exercises.Any(e => e.Position == p)), v => ThemeStrings.Label(strings, "position", v)),
            Filter("equipment", strings["equipment"], exercises.Any(e => e.Equipment.Count == 0) ? [NoEquipment, .. Sorted(exercises.SelectMany(e => e.Equipment))] : Sorted(exercises.SelectMany(e => e.Equipment)),
                v => v == NoEquipment ? strings["equipment_none"] : ExerciseFacets.Capitalise(v)),
            Filter("difficulty", strings["difficulty"], Sections.Difficulties.Where(d => exercises.Any(e => e.Difficulty == d)), v => ThemeStrings.Label(strings, "difficulty", v)),
        ];
    }

    /// <summary>The values an index item carries for each filter, as space-separated slugs.</summary>
    public static FilterValues ItemValues(ExerciseMeta meta) => new(
        NullIfEmpty(Slugs(meta.Targets)),
        meta.Position,
        meta.Avoid is not null ? null : meta.Equipment.Count == 0 ? NoEquipment : NullIfEmpty(Slugs(meta.Equipment)),
        meta.Difficulty);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Slugs(IEnumerable<string> values) => string.Join(' ', values.Select(PagePaths.Slugify).Distinct());

    private static IEnumerable<string> Sorted(IEnumerable<string> values) => values.OrderBy(v => v, StringComparer.OrdinalIgnoreCase);

    private static FilterView Filter(string name, string label, IEnumerable<string> values, Func<string, string>? labelOf = null) => new(
        name,
        label,
        values.DistinctBy(PagePaths.Slugify).Select(v => new FilterOption(PagePaths.Slugify(v), (labelOf ?? ExerciseFacets.Capitalise)(v))).ToList());
}
