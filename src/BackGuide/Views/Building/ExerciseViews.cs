using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>Makes what templates show of an exercise, shared by its page and its card: dose set out, steps, cautions, alternatives.</summary>
public static class ExerciseViews
{
    /// <summary>The view for a page in <paramref name="from"/>, its links taken from that folder's cache.</summary>
    public static ExerciseView Create(Document doc, ExerciseMeta meta, SiteIndex site, LinkCache.Folder from, SiteSettings settings,
        bool lazy = false) => new(
        meta.Category,
        meta.Category is { } c ? ThemeStrings.Label(settings.Strings, "category", c) : null,
        meta.Targets,
        meta.Position,
        meta.Position is { } p ? ThemeStrings.Label(settings.Strings, "position", p) : null,
        meta.Position is { } position ? FacetUrl(site, ExerciseFacets.PositionPath(position), from) : null,
        meta.Equipment,
        meta.Equipment.Count == 0 ? settings.Strings["equipment_none"] : string.Join(", ", meta.Equipment),
        meta.Difficulty,
        meta.Difficulty is { } d ? ThemeStrings.Label(settings.Strings, "difficulty", d) : null,
        meta.Dose?.Parts(settings.Strings).Select(part => new DoseLine(part.Key, part.Value)).ToList() ?? [],
        meta.Steps,
        meta.Cautions,
        doc.Slug,
        meta.Targets.Select(t => new FacetLink(ExerciseFacets.TargetLabel(t, settings.TargetLabels), FacetUrl(site, ExerciseFacets.TargetPath(t), from))).ToList(),
        meta.Avoid is { } avoid
            ? new AvoidView(avoid.Reason, avoid.Everyday, avoid.Instead.Select(r => site.Resolve(doc, r)).OfType<Document>().Select(from.Link).ToList())
            : null,
        Pictures(meta, from, lazy));

    /// <summary>The pictures of a page as seen from <paramref name="from"/>; with <paramref name="lazy"/>, all but the first load as they scroll into view.</summary>
    public static IReadOnlyList<ImageView> Pictures(PageMeta meta, LinkCache.Folder from, bool lazy) =>
        meta.Images.Select((image, i) => new ImageView(from.Url(image.OutputPath), image.Alt, image.Caption, image.Width, image.Height,
            image.OutputPath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase),
            lazy && i > 0 ? "lazy" : "eager")).ToList();

    /// <summary>The card of an exercise, as the card at <paramref name="cardPath"/> shows it: on the sheet of all cards, linking its own card page.</summary>
    public static CardView Card(Document doc, ExerciseMeta meta, SiteIndex site, LinkCache.Folder from, string cardPath, SiteSettings settings) => new(
        doc.Title,
        meta.Summary,
        Create(doc, meta, site, from, settings) with
        {
            CardUrl = cardPath == PagePaths.CardPathOf(doc.Slug) ? null : Output.RelativeUrl.Between(cardPath, PagePaths.CardPathOf(doc.Slug)),
        },
        Output.RelativeUrl.Between(cardPath, doc.OutputPath),
        Output.RelativeUrl.Absolute(settings.NormalizedBaseUrl, doc.OutputPath));

    private static string? FacetUrl(SiteIndex site, string facetPath, LinkCache.Folder from) =>
        site.ByOutput(facetPath) is null ? null : from.Url(facetPath);
}
