using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;
using BackGuide.Views;
using BackGuide.Views.Building;

namespace BackGuide.Steps;

/// <summary>
/// Makes a printable card per exercise (<c>cards/&lt;slug&gt;.html</c>) and the sheet of all cards (<c>cards/index.html</c>),
/// four to a printed page, in the order of the exercises index.
/// </summary>
public sealed class GenerateCards : IStep
{
    public const string Folder = PagePaths.CardsFolder;
    public const int CardsPerSheet = 4;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var exercises = SectionGroups.InListOrder(Sections.Exercises, site.InSection(Sections.Exercises))
            .Where(page => page.Meta is ExerciseMeta)
            .ToList();
        if (exercises.Count == 0)
        {
            return documents;
        }
        var links = new LinkCache();
        var result = documents.ToBuilder();
        foreach (var exercise in exercises)
        {
            var path = PagePaths.CardPathOf(exercise.Slug);
            result.Add(new Document
            {
                OutputPath = path,
                Section = Folder,
                Slug = exercise.Slug,
                Template = "card",
                Generated = new GeneratedPage(exercise.Title),
                View = ExerciseViews.Card(exercise, (ExerciseMeta)exercise.Meta!, site, links.FolderOf(path), path, context.Settings),
            });
        }
        var indexPath = Folder + "/index.html";
        var cards = exercises.Select(e => ExerciseViews.Card(e, (ExerciseMeta)e.Meta!, site, links.FolderOf(indexPath), indexPath, context.Settings)).ToList();
        var title = context.Settings.Strings["cards_title"];
        result.Add(new Document
        {
            OutputPath = indexPath,
            Section = Folder,
            Slug = "index",
            Template = "cards",
            Generated = new GeneratedPage(title) { MenuTitle = context.Settings.Strings["cards_menu"], Feature = SiteFeature.Cards },
            View = new CardsView(title, cards.Count, cards.Chunk(CardsPerSheet).Select(sheet => new CardSheet(sheet)).ToList()),
        });
        return result.ToImmutable();
    }
}
