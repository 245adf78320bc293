using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Navigation;

/// <summary>One value of an exercise facet (a target such as "hamstrings", or a position) and the page that lists it.</summary>
public sealed record Facet(string Kind, string Value, string Label, string Title, string CrumbTitle, string OutputPath);

/// <summary>
/// The facets readers find exercises by: what it works (targets) and where you are (position). Each value used by an
/// exercise that is not to be avoided gets its own page, so every facet has an address.
/// </summary>
public static class ExerciseFacets
{
    public const string Targets = "targets";
    public const string Positions = "positions";

    public static string TargetPath(string target) => $"{Sections.Exercises}/{Targets}/{PagePaths.Slugify(target)}.html";

    public static string PositionPath(string position) => $"{Sections.Exercises}/{Positions}/{PagePaths.Slugify(position)}.html";

    /// <summary>The exercises a reader can do (not the movements to avoid).</summary>
    public static IEnumerable<(Document Page, ExerciseMeta Meta)> Doable(SiteIndex site) =>
        site.InSection(Sections.Exercises)
            .Select(p => (Page: p, Meta: p.Meta as ExerciseMeta))
            .Where(x => x.Meta is { Avoid: null })
            .Select(x => (x.Page, x.Meta!));

    /// <param name="labels">site.yml's <c>targetLabels</c>: what readers call each target.</param>
    /// <param name="strings">The theme's wording: <c>facet_target</c> titles the page.</param>
    public static IReadOnlyList<Facet> TargetFacets(SiteIndex site, IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> strings) =>
        Doable(site).SelectMany(x => x.Meta.Targets)
            .Where(t => PagePaths.Slugify(t).Length > 0)
            .DistinctBy(PagePaths.Slugify)
            .Select(t => (Target: t, Label: TargetLabel(t, labels)))
            .OrderBy(t => t.Label, StringComparer.OrdinalIgnoreCase)
            .Select(t => new Facet(Targets, t.Target, t.Label, strings["facet_target"].Replace("{target}", InSentence(t.Label), StringComparison.Ordinal), t.Label, TargetPath(t.Target)))
            .ToList();

    /// <summary>What readers call a target: its label in site.yml, else the target itself, capitalised.</summary>
    public static string TargetLabel(string target, IReadOnlyDictionary<string, string> labels) =>
        labels.TryGetValue(target, out var label) ? label : Capitalise(target);

    public static IReadOnlyList<Facet> PositionFacets(SiteIndex site, IReadOnlyDictionary<string, string> strings)
    {
        var used = Doable(site).Select(x => x.Meta.Position).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Sections.Positions.Where(used.Contains)
            .Select(p => new Facet(Positions, p, ThemeStrings.Label(strings, "position", p), ThemeStrings.Label(strings, "facet", p), ThemeStrings.Label(strings, "position", p), PositionPath(p)))
            .ToList();
    }

    /// <summary>The facet pages an exercise belongs on, whether or not each page exists.</summary>
    public static IEnumerable<string> PathsOf(ExerciseMeta meta) =>
        meta.Targets.Select(TargetPath).Concat(meta.Position is { } p ? [PositionPath(p)] : []).Distinct(StringComparer.Ordinal);

    /// <summary>A label as it reads inside a sentence: "Stomach muscles" → "stomach muscles", but "TFL" stays.</summary>
    private static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
