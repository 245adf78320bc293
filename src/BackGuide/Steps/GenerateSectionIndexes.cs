using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Makes each section's list page (<c>exercises/index.html</c>, …). A section's own <c>index.md</c>, if written,
/// supplies the title and an introduction above the list.
/// </summary>
public sealed class GenerateSectionIndexes : IStep
{
    private static readonly string[] CategoryOrder = ["stretch", "strengthen", "mobility", "relax"];

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var result = documents.ToBuilder();
        foreach (var section in site.Sections)
        {
            var path = section + "/index.html";
            var intro = documents.FirstOrDefault(d => d.Kind == PageKind.SectionIndex && d.OutputPath == path);
            var data = new Dictionary<string, object?>
            {
                ["title"] = intro?.Meta?.Title ?? Sections.TitleOf(section),
                ["groups"] = Groups(section, site.InSection(section), path),
                ["sectionName"] = section,
            };
            if (section == Sections.Exercises)
            {
                data["filters"] = ExerciseFilters.Options(site);
            }
            if (intro is not null)
            {
                result[result.IndexOf(intro)] = intro with { Template = "list", Data = data };
            }
            else
            {
                result.Add(new Document { OutputPath = path, Kind = PageKind.SectionIndex, Section = section, Slug = "index", Template = "list", Data = data });
            }
        }
        return result.ToImmutable();
    }

    /// <summary>A section's pages in the groups and order of its list page (exercises: by category, then movements to avoid).</summary>
    public static IEnumerable<IGrouping<string, Document>> GroupsOf(string section, IReadOnlyList<Document> pages) => section switch
    {
        Sections.Exercises => pages.GroupBy(ExerciseGroup).OrderBy(g => ExerciseGroupRank(g.Key)),
        Sections.SelfCare => pages.GroupBy(p => p.Meta is SelfCareMeta { Topics.Count: > 0 } care ? care.Topics[0] : "other")
            .OrderBy(g => g.Key, StringComparer.Ordinal),
        _ => pages.GroupBy(_ => ""),
    };

    /// <summary>The list's groups as the template sees them.</summary>
    public static List<Dictionary<string, object?>> Groups(string section, IReadOnlyList<Document> pages, string listPath)
    {
        var groups = GroupsOf(section, pages);
        return groups.Select(g => new Dictionary<string, object?>
        {
            ["title"] = GroupTitle(section, g.Key),
            ["id"] = PagePaths.Slugify(g.Key),
            ["items"] = g.Select(p => Item(p, listPath)).ToList(),
        }).ToList();
    }

    public static Dictionary<string, object?> Item(Document page, string fromPath)
    {
        var item = new Dictionary<string, object?>
        {
            ["title"] = page.Title,
            ["url"] = RelativeUrl.Between(fromPath, page.OutputPath),
            ["summary"] = page.Meta?.Summary,
            ["slug"] = page.Slug,
        };
        if (page.Meta is ExerciseMeta exercise)
        {
            item["position"] = exercise.Position;
            item["targets"] = exercise.Targets;
            item["equipment"] = exercise.Equipment;
            item["difficulty"] = exercise.Difficulty;
            item["category"] = exercise.Category;
            item["avoid"] = exercise.Avoid is not null;
            item["filter"] = ExerciseFilters.ItemValues(exercise);
        }
        return item;
    }

    private static string ExerciseGroup(Document page) => page.Meta is ExerciseMeta { Avoid: not null } ? "avoid" : (page.Meta as ExerciseMeta)?.Category ?? "other";

    private static int ExerciseGroupRank(string group) => Array.IndexOf(CategoryOrder, group) is >= 0 and var i ? i : group == "avoid" ? 100 : 50;

    private static string GroupTitle(string section, string key) => (section, key) switch
    {
        (_, "") => "",
        (Sections.Exercises, "stretch") => "Stretches",
        (Sections.Exercises, "strengthen") => "Strengthening",
        (Sections.Exercises, "mobility") => "Mobility",
        (Sections.Exercises, "relax") => "Relaxation",
        (Sections.Exercises, "avoid") => "Movements to avoid",
        _ => char.ToUpperInvariant(key[0]) + key[1..],
    };
}
