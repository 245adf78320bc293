using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Views;
using BackGuide.Views.Building;

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
        var groups = new[] { (Everyday: false, Title: context.Settings.Strings["avoid_exercises"], Id: "exercises"), (Everyday: true, Title: context.Settings.Strings["avoid_everyday"], Id: "everyday") }
            .Select(g => new AvoidGroup(g.Title, g.Id, avoided.Where(p => ((ExerciseMeta)p.Meta!).Avoid!.Everyday == g.Everyday).Select(p => Entry(p, site)).ToList()))
            .Where(g => g.Entries.Count > 0)
            .ToList();
        var title = context.Settings.Strings["movements_to_avoid"];
        return documents.Add(new Document
        {
            OutputPath = OutputPath,
            Slug = "avoid",
            Template = "avoid",
            Generated = new GeneratedPage(title)
            {
                Description = context.Settings.Strings["avoid_description"],
                MenuTitle = context.Settings.Strings["avoid_menu"],
                Feature = SiteFeature.AvoidIndex,
            },
            View = new AvoidIndexView(title, groups, avoided.Count),
        });
    }

    private static AvoidEntry Entry(Document page, SiteIndex site)
    {
        var avoid = ((ExerciseMeta)page.Meta!).Avoid!;
        return new AvoidEntry(page.Slug, page.Title, RelativeUrl.Between(OutputPath, page.OutputPath), page.Meta.Summary, avoid.Reason,
            avoid.Instead.Select(r => site.Resolve(page, r)).OfType<Document>().Select(t => Views.Building.Links.From(OutputPath, t)).ToList());
    }
}
