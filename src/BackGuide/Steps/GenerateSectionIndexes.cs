using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;
using BackGuide.Views;
using BackGuide.Views.Building;

namespace BackGuide.Steps;

/// <summary>
/// Makes each section's list page (<c>exercises/index.html</c>, …). A section's own <c>index.md</c>, if written,
/// supplies the title and an introduction above the list.
/// </summary>
public sealed class GenerateSectionIndexes : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var result = documents.ToBuilder();
        foreach (var section in site.Sections)
        {
            var path = section + "/index.html";
            var intro = documents.FirstOrDefault(d => d.Kind == PageKind.SectionIndex && d.OutputPath == path);
            var title = intro?.Meta?.Title ?? Sections.TitleOf(section, context.Settings.Strings);
            var isExercises = section == Sections.Exercises;
            var view = new ListView(title, section, ListViews.Groups(section, site.InSection(section), path, context.Settings.Strings),
                isExercises ? ExerciseFilters.Options(site, context.Settings.TargetLabels, context.Settings.Strings) : [], ShowsRoutine: isExercises, Facet: null);
            if (intro is not null)
            {
                result[result.IndexOf(intro)] = intro with { Template = "list", View = view };
            }
            else
            {
                result.Add(new Document
                {
                    OutputPath = path, Kind = PageKind.SectionIndex, Section = section, Slug = "index", Template = "list",
                    Generated = new GeneratedPage(title), View = view,
                });
            }
        }
        return result.ToImmutable();
    }
}
