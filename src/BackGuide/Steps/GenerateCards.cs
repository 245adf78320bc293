using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Templates;

namespace BackGuide.Steps;

/// <summary>
/// Makes a printable card per exercise (<c>cards/&lt;slug&gt;.html</c>) and the sheet of all cards (<c>cards/index.html</c>),
/// four to a printed page, in the order of the exercises index.
/// </summary>
public sealed class GenerateCards : IStep
{
    public const string Folder = "cards";
    public const int CardsPerSheet = 4;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var exercises = GenerateSectionIndexes.GroupsOf(Sections.Exercises, site.InSection(Sections.Exercises))
            .SelectMany(group => group)
            .Where(page => page.Meta is ExerciseMeta)
            .ToList();
        if (exercises.Count == 0)
        {
            return documents;
        }
        var result = documents.ToBuilder();
        foreach (var exercise in exercises)
        {
            var path = $"{Folder}/{exercise.Slug}.html";
            result.Add(new Document
            {
                OutputPath = path,
                Section = Folder,
                Slug = exercise.Slug,
                Template = "card",
                Data = new Dictionary<string, object?>
                {
                    ["title"] = exercise.Title,
                    ["card"] = ExerciseView.ForCard(exercise, (ExerciseMeta)exercise.Meta!, site, path, context.Settings),
                    ["scripts"] = Scripts(path),
                },
            });
        }
        var indexPath = Folder + "/index.html";
        var cards = exercises.Select(e => ExerciseView.ForCard(e, (ExerciseMeta)e.Meta!, site, indexPath, context.Settings)).ToList();
        result.Add(new Document
        {
            OutputPath = indexPath,
            Section = Folder,
            Slug = "index",
            Template = "cards",
            Data = new Dictionary<string, object?>
            {
                ["title"] = "Exercise cards",
                ["count"] = cards.Count,
                ["sheets"] = cards.Chunk(CardsPerSheet).Select(sheet => new Dictionary<string, object?> { ["cards"] = sheet }).ToList(),
                ["scripts"] = Scripts(indexPath),
            },
        });
        return result.ToImmutable();
    }

    private static string Scripts(string path) =>
        $"<script src=\"{Output.RelativeUrl.ToRoot(path)}assets/cards.js\"></script>\n";
}
