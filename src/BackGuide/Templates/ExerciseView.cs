using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Templates;

/// <summary>What templates show of an exercise, shared by its page and its card: dose set out, steps, cautions, alternatives.</summary>
public static class ExerciseView
{
    public static Dictionary<string, object?> Create(Document doc, ExerciseMeta meta, SiteIndex site, string fromPath) =>
        Create(doc, meta, site, new LinkCache().FolderOf(fromPath));

    /// <summary>The view for a page in <paramref name="from"/>, its links taken from that folder's cache.</summary>
    public static Dictionary<string, object?> Create(Document doc, ExerciseMeta meta, SiteIndex site, LinkCache.Folder from)
    {
        var view = new Dictionary<string, object?>(16)
        {
            ["category"] = meta.Category,
            ["categoryLabel"] = meta.Category is { } c ? char.ToUpperInvariant(c[0]) + c[1..] : null,
            ["targets"] = meta.Targets,
            ["position"] = meta.Position,
            ["positionLabel"] = meta.Position is { } p ? char.ToUpperInvariant(p[0]) + p[1..] : null,
            ["equipment"] = meta.Equipment,
            ["equipmentText"] = meta.Equipment.Count == 0 ? "None" : string.Join(", ", meta.Equipment),
            ["difficulty"] = meta.Difficulty,
            ["dose"] = meta.Dose?.Parts().Select(part => new Dictionary<string, object?> { ["label"] = part.Key, ["value"] = part.Value }).ToList(),
            ["steps"] = meta.Steps,
            ["cautions"] = meta.Cautions,
            ["slug"] = doc.Slug,
            ["positionUrl"] = meta.Position is { } position ? FacetUrl(site, ExerciseFacets.PositionPath(position), from) : null,
            ["targetLinks"] = meta.Targets.Select(t => new Dictionary<string, object?>
            {
                ["label"] = t,
                ["url"] = FacetUrl(site, ExerciseFacets.TargetPath(t), from),
            }).ToList(),
        };
        if (meta.Avoid is { } avoid)
        {
            view["avoid"] = new Dictionary<string, object?>
            {
                ["reason"] = avoid.Reason,
                ["everyday"] = avoid.Everyday,
                ["instead"] = avoid.Instead
                    .Select(r => CheckReferences.Find(site, doc, r))
                    .OfType<Document>()
                    .Select(from.Link)
                    .ToList(),
            };
        }
        return view;
    }

    private static string? FacetUrl(SiteIndex site, string facetPath, LinkCache.Folder from) =>
        site.ByOutput(facetPath) is null ? null : from.Url(facetPath);

    /// <summary>The view of an exercise as its card at <paramref name="cardPath"/> shows it: the page view plus the site name and the page's address.</summary>
    public static Dictionary<string, object?> ForCard(Document doc, ExerciseMeta meta, SiteIndex site, string cardPath, SiteSettings settings)
    {
        var view = Create(doc, meta, site, cardPath);
        view["title"] = doc.Title;
        view["summary"] = meta.Summary;
        view["siteName"] = settings.Title;
        view["disclaimer"] = settings.Disclaimer;
        view["pageUrl"] = RelativeUrl.Between(cardPath, doc.OutputPath);
        view["address"] = settings.NormalizedBaseUrl + doc.OutputPath;
        return view;
    }

    public static Dictionary<string, object?> Link(Document target, string fromPath) => LinkAt(target, RelativeUrl.Between(fromPath, target.OutputPath));

    /// <summary>The link to <paramref name="target"/> whose relative <paramref name="url"/> is already known.</summary>
    public static Dictionary<string, object?> LinkAt(Document target, string url) => new(4)
    {
        ["title"] = target.Title,
        ["url"] = url,
        ["summary"] = target.Meta?.Summary,
        ["slug"] = target.Slug,
    };
}
