using System.Collections.Frozen;
using System.Globalization;
using BackGuide.Content;
using BackGuide.Metadata;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Templates;

/// <summary>
/// Builds the model a template sees for one page: the site, the way back to the root, navigation, breadcrumbs, the
/// page's own fields, and whatever the step that generated the page added. What many pages show alike (links, the
/// menu, breadcrumbs, facet links) is made once and shared between their models: change a model's top level only.
/// </summary>
public sealed class PageModelBuilder(BuildContext context, SiteIndex site)
{
    private readonly ILookup<string, Document> _replacedBy = site.Pages
        .Where(p => p.Meta is ExerciseMeta { Avoid: not null })
        .SelectMany(p => ((ExerciseMeta)p.Meta!).Avoid!.Instead
            .Select(r => (Target: CheckReferences.Find(site, p, r), Avoided: p)))
        .Where(x => x.Target is not null)
        .ToLookup(x => x.Target!.OutputPath, x => x.Avoided, StringComparer.Ordinal);

    private readonly LinkCache _links = new();

    private readonly SiteMenu _menu = new(site);

    private readonly NavigationModel _navigation = new(site);

    private readonly Dictionary<string, object?> _site = new()
    {
        ["title"] = context.Settings.Title,
        ["description"] = context.Settings.Description,
        ["language"] = context.Settings.Language,
        ["disclaimer"] = context.Settings.Disclaimer,
        ["baseUrl"] = context.Settings.NormalizedBaseUrl,
    };

    private readonly Dictionary<string, object?> _features = new()
    {
        ["search"] = site.ByOutput("search.html") is not null,
        ["avoid"] = site.ByOutput("avoid.html") is not null,
        ["cards"] = site.ByOutput("cards/index.html") is not null,
        ["print"] = site.ByOutput("print.html") is not null,
    };

    private static readonly FrozenDictionary<PageKind, string> KindNames =
        Enum.GetValues<PageKind>().ToFrozenDictionary(k => k, k => k.ToString().ToLowerInvariant());

    public Dictionary<string, object?> Build(Document doc)
    {
        var path = doc.OutputPath;
        var folder = _links.FolderOf(path);
        var meta = doc.Meta;
        var model = new Dictionary<string, object?>(24) // sized for what most pages have, so it never grows
        {
            ["site"] = _site,
            ["root"] = folder.Root,
            ["content"] = doc.Html,
            ["bodyEnd"] = context.Options.BodyEndInjection,
            ["nav"] = _menu.For(doc, folder),
            ["breadcrumbs"] = _menu.Breadcrumbs(doc, folder),
            ["page"] = new Dictionary<string, object?>(12)
            {
                ["title"] = doc.Title,
                ["summary"] = meta?.Summary ?? (doc.Data.TryGetValue("description", out var d) ? d as string : null),
                ["crumbTitle"] = doc.Data.TryGetValue("crumbTitle", out var crumb) && crumb is string c ? c : doc.Title,
                ["kind"] = KindNames[doc.Kind],
                ["section"] = doc.Section,
                ["path"] = path,
                ["slug"] = doc.Slug,
                ["canonical"] = context.Settings.NormalizedBaseUrl is { Length: > 0 } b ? b + path : null,
                ["updated"] = meta?.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["updatedText"] = meta?.Updated?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                ["isHome"] = doc.Kind == PageKind.Home,
            },
            ["features"] = _features,
            ["jsonLd"] = StructuredData.For(doc, context.Settings),
            ["toc"] = doc.Headings.Count(h => h.Level == 2) >= 3
                ? doc.Headings.Where(h => h.Level is 2 or 3).Select(h => new Dictionary<string, object?> { ["text"] = h.Text, ["id"] = h.Id, ["level"] = h.Level }).ToList()
                : null,
        };
        if (meta is not null)
        {
            var targets = new List<Document>(meta.Related.Count);
            foreach (var reference in meta.Related)
            {
                if (CheckReferences.Find(site, doc, reference) is { } target)
                {
                    targets.Add(target);
                }
            }
            model["related"] = targets.Count > 0 ? targets.ConvertAll(folder.Link) : null;
            model["relatedGroups"] = _navigation.RelatedGroups(targets, folder);
        }
        if (meta is ExerciseMeta exercise)
        {
            model["exercise"] = ExerciseView.Create(doc, exercise, site, folder);
        }
        if (meta is SelfCareMeta selfCare)
        {
            model["topics"] = selfCare.Topics;
        }
        model["replaces"] = _replacedBy.Contains(path) ? _replacedBy[path].Select(folder.Link).ToList() : null;
        if (doc.Kind == PageKind.Home)
        {
            model["home"] = new Dictionary<string, object?> { ["sections"] = HomeSections(folder), ["pages"] = _navigation.HomePages(folder) };
        }
        if (doc.Kind == PageKind.Home || (doc.Section == Sections.Exercises && doc.Kind is PageKind.SectionIndex or PageKind.Generated))
        {
            model["facets"] = _navigation.FacetLinks(doc, folder);
        }
        if (doc.Kind == PageKind.NotFound && context.Settings.NormalizedBaseUrl.Length > 0)
        {
            model["root"] = context.Settings.NormalizedBaseUrl; // a host shows 404.html at any depth, so only absolute links hold
        }
        AddNeighbours(doc, model, folder);
        foreach (var (key, value) in doc.Data)
        {
            model[key] = value;
        }
        return model;
    }

    private List<Dictionary<string, object?>> HomeSections(LinkCache.Folder folder) =>
        site.Sections.Select(section => new Dictionary<string, object?>
        {
            ["title"] = site.ByOutput(section + "/index.html")?.Title ?? Sections.TitleOf(section),
            ["url"] = folder.Url(section + "/index.html"),
            ["section"] = section,
            ["items"] = site.InSection(section).Where(p => p.Meta is not ExerciseMeta { Avoid: not null }).Select(folder.Link).ToList(),
        }).ToList();

    /// <summary>Each page's place in its section's list, found once (a search per page would make big sites quadratic).</summary>
    private readonly Dictionary<string, int> _positions = PositionsInSections(site);

    private static Dictionary<string, int> PositionsInSections(SiteIndex site)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in site.Pages.Select(p => p.Section).Distinct())
        {
            var pages = site.InSection(section);
            for (var i = 0; i < pages.Count; i++)
            {
                positions.TryAdd(pages[i].OutputPath, i);
            }
        }
        return positions;
    }

    private void AddNeighbours(Document doc, Dictionary<string, object?> model, LinkCache.Folder folder)
    {
        if (!doc.IsAuthoredPage || doc.Kind is PageKind.Home or PageKind.SectionIndex)
        {
            return;
        }
        var pages = site.InSection(doc.Section);
        if (!_positions.TryGetValue(doc.OutputPath, out var index))
        {
            return;
        }
        model["prev"] = index > 0 ? folder.Link(pages[index - 1]) : null;
        model["next"] = index < pages.Count - 1 ? folder.Link(pages[index + 1]) : null;
    }
}
