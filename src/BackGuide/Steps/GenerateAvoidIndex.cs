using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Makes <c>avoid.html</c> from front matter: every page with an <c>avoid</c> block, once, with why it is risky and
/// links to what to do instead, grouped into exercises and everyday movements. No page has <c>avoid</c>: no index.
/// </summary>
public sealed class GenerateAvoidIndex : IStep
{
    public const string OutputPath = "avoid.html";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var avoided = site.Pages.Where(p => p.Meta is ExerciseMeta { Avoid: not null }).OrderBy(p => p, ReadingOrder.Instance).ToList();
        if (avoided.Count == 0)
        {
            return documents;
        }
        var groups = new[] { (Everyday: false, Title: "Exercises to avoid", Id: "exercises"), (Everyday: true, Title: "Everyday movements to avoid", Id: "everyday") }
            .Select(g => (g.Title, g.Id, Entries: avoided.Where(p => ((ExerciseMeta)p.Meta!).Avoid!.Everyday == g.Everyday).Select(p => Entry(p, site)).ToList()))
            .Where(g => g.Entries.Count > 0)
            .Select(g => new Dictionary<string, object?> { ["title"] = g.Title, ["id"] = g.Id, ["entries"] = g.Entries })
            .ToList();
        return documents.Add(new Document
        {
            OutputPath = OutputPath,
            Slug = "avoid",
            Template = "avoid",
            Data = new Dictionary<string, object?>
            {
                ["title"] = "Movements to avoid",
                ["description"] = "Movements that can make back pain worse, why, and what to do instead.",
                ["groups"] = groups,
                ["count"] = avoided.Count,
            },
        });
    }

    private static Dictionary<string, object?> Entry(Document page, SiteIndex site)
    {
        var avoid = ((ExerciseMeta)page.Meta!).Avoid!;
        return new Dictionary<string, object?>
        {
            ["slug"] = page.Slug,
            ["title"] = page.Title,
            ["url"] = RelativeUrl.Between(OutputPath, page.OutputPath),
            ["summary"] = page.Meta.Summary,
            ["reason"] = avoid.Reason,
            ["instead"] = avoid.Instead
                .Select(r => CheckReferences.Find(site, page, r))
                .OfType<Document>()
                .Select(t => new Dictionary<string, object?> { ["title"] = t.Title, ["url"] = RelativeUrl.Between(OutputPath, t.OutputPath), ["slug"] = t.Slug })
                .ToList(),
        };
    }
}
