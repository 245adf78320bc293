using System.Globalization;
using BackGuide.Content;
using BackGuide.Metadata;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Templates;

/// <summary>
/// Builds the model a template sees for one page: the site, the way back to the root, navigation, breadcrumbs, the
/// page's own fields, and whatever the step that generated the page added.
/// </summary>
public sealed class PageModelBuilder(BuildContext context, SiteIndex site)
{
    private readonly ILookup<string, Document> _replacedBy = site.Pages
        .Where(p => p.Meta is ExerciseMeta { Avoid: not null })
        .SelectMany(p => ((ExerciseMeta)p.Meta!).Avoid!.Instead
            .Select(r => (Target: CheckReferences.Find(site, p, r), Avoided: p)))
        .Where(x => x.Target is not null)
        .ToLookup(x => x.Target!.OutputPath, x => x.Avoided, StringComparer.Ordinal);

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

    public Dictionary<string, object?> Build(Document doc)
    {
        var path = doc.OutputPath;
        var root = RelativeUrl.ToRoot(path);
        var meta = doc.Meta;
        var model = new Dictionary<string, object?>
        {
            ["site"] = _site,
            ["root"] = root,
            ["content"] = doc.Html,
            ["bodyEnd"] = context.Options.BodyEndInjection,
            ["nav"] = Navigation(doc),
            ["breadcrumbs"] = Breadcrumbs(doc),
            ["page"] = new Dictionary<string, object?>
            {
                ["title"] = doc.Title,
                ["summary"] = meta?.Summary ?? (doc.Data.TryGetValue("description", out var d) ? d as string : null),
                ["crumbTitle"] = doc.Data.TryGetValue("crumbTitle", out var crumb) && crumb is string c ? c : doc.Title,
                ["kind"] = doc.Kind.ToString().ToLowerInvariant(),
                ["section"] = doc.Section,
                ["path"] = path,
                ["slug"] = doc.Slug,
                ["canonical"] = context.Settings.NormalizedBaseUrl is { Length: > 0 } b ? b + path : null,
                ["reviewed"] = meta?.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["reviewedText"] = meta?.Reviewed?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
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
            var related = meta.Related.Select(r => CheckReferences.Find(site, doc, r)).OfType<Document>().Select(t => ExerciseView.Link(t, path)).ToList();
            model["related"] = related.Count > 0 ? related : null;
            model["relatedGroups"] = _navigation.RelatedGroups(doc, meta);
        }
        if (meta is ExerciseMeta exercise)
        {
            model["exercise"] = ExerciseView.Create(doc, exercise, site, path);
        }
        if (meta is SelfCareMeta selfCare)
        {
            model["topics"] = selfCare.Topics;
        }
        var replaces = _replacedBy[path].Select(a => ExerciseView.Link(a, path)).ToList();
        model["replaces"] = replaces.Count > 0 ? replaces : null;
        if (doc.Kind == PageKind.Home)
        {
            model["home"] = new Dictionary<string, object?> { ["sections"] = HomeSections(doc), ["pages"] = _navigation.HomePages(doc) };
        }
        if (doc.Kind == PageKind.Home || (doc.Section == Sections.Exercises && doc.Kind is PageKind.SectionIndex or PageKind.Generated))
        {
            model["facets"] = _navigation.FacetLinks(doc);
        }
        if (doc.Kind == PageKind.NotFound && context.Settings.NormalizedBaseUrl.Length > 0)
        {
            model["root"] = context.Settings.NormalizedBaseUrl; // a host shows 404.html at any depth, so only absolute links hold
        }
        AddNeighbours(doc, model);
        foreach (var (key, value) in doc.Data)
        {
            model[key] = value;
        }
        return model;
    }

    private List<Dictionary<string, object?>> HomeSections(Document doc) =>
        site.Sections.Select(section => new Dictionary<string, object?>
        {
            ["title"] = site.ByOutput(section + "/index.html")?.Title ?? Sections.TitleOf(section),
            ["url"] = RelativeUrl.Between(doc.OutputPath, section + "/index.html"),
            ["section"] = section,
            ["items"] = site.InSection(section).Where(p => p.Meta is not ExerciseMeta { Avoid: not null }).Select(p => ExerciseView.Link(p, doc.OutputPath)).ToList(),
        }).ToList();

    private List<Dictionary<string, object?>> Navigation(Document doc)
    {
        var items = new List<Dictionary<string, object?>> { NavItem(doc, "index.html", "Home") };
        foreach (var section in site.Sections)
        {
            items.Add(NavItem(doc, section + "/index.html", site.ByOutput(section + "/index.html")?.Title ?? Sections.TitleOf(section), section));
        }
        foreach (var (path, title) in GeneratedNav)
        {
            if (site.ByOutput(path) is not null)
            {
                items.Add(NavItem(doc, path, title));
            }
        }
        return items;
    }

    private static readonly (string Path, string Title)[] GeneratedNav = [("avoid.html", "Avoid these"), ("cards/index.html", "Cards")];

    private static Dictionary<string, object?> NavItem(Document doc, string target, string title, string? section = null) => new()
    {
        ["title"] = title,
        ["url"] = RelativeUrl.Between(doc.OutputPath, target),
        ["current"] = doc.OutputPath == target ? "page" : null,
        ["active"] = doc.OutputPath == target || (section is not null && doc.Section == section),
    };

    private List<Dictionary<string, object?>>? Breadcrumbs(Document doc)
    {
        if (doc.Kind == PageKind.Home)
        {
            return null;
        }
        var crumbs = new List<Dictionary<string, object?>> { Crumb(doc, "index.html", site.Home?.Title ?? "Home") };
        var sectionIndex = doc.Section + "/index.html";
        if (doc.Section.Length > 0 && doc.OutputPath != sectionIndex)
        {
            crumbs.Add(Crumb(doc, sectionIndex, site.ByOutput(sectionIndex)?.Title ?? Sections.TitleOf(doc.Section)));
        }
        return crumbs;
    }

    private static Dictionary<string, object?> Crumb(Document doc, string target, string title) => new()
    {
        ["title"] = title,
        ["url"] = RelativeUrl.Between(doc.OutputPath, target),
    };

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

    private void AddNeighbours(Document doc, Dictionary<string, object?> model)
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
        model["prev"] = index > 0 ? ExerciseView.Link(pages[index - 1], doc.OutputPath) : null;
        model["next"] = index < pages.Count - 1 ? ExerciseView.Link(pages[index + 1], doc.OutputPath) : null;
    }
}
