using System.Collections.Frozen;
using System.Globalization;
using BackGuide.Content;
using BackGuide.Metadata;
using BackGuide.Navigation;
using BackGuide.Pipeline;
using BackGuide.Templates;

namespace BackGuide.Views.Building;

/// <summary>
/// Builds the model a template sees for one page: the site, the way back to the root, navigation, breadcrumbs, the
/// page's own fields, and the view of the step that generated the page. What many pages show alike (links, the menu,
/// breadcrumbs, facet links) is made once and shared between their models.
/// </summary>
public sealed class PageModelBuilder
{
    private static readonly FrozenDictionary<PageKind, string> KindNames =
        Enum.GetValues<PageKind>().ToFrozenDictionary(k => k, k => k.ToString().ToLowerInvariant());

    private readonly BuildContext _context;
    private readonly SiteIndex _site;
    private readonly ILookup<string, Document> _replacedBy;
    private readonly LinkCache _links = new();
    private readonly SiteMenu _menu;
    private readonly NavigationModel _navigation;
    private readonly SiteView _siteView;
    private readonly Dictionary<SiteFeature, string> _features;
    private readonly Dictionary<string, (IReadOnlyList<Document> Chain, int Index)> _chains;
    private readonly TrustedHtml? _bodyEnd;
    private readonly TrustedHtml _scriptStrings;
    private readonly Document? _stopRulePage;
    private readonly Document? _warningSignsPage;

    /// <summary>A theme file that, when a site's theme folder has it, every page loads after the shipped stylesheet.</summary>
    public const string ExtraStylesheet = "assets/extra.css";

    public PageModelBuilder(BuildContext context, SiteIndex site, IReadOnlyList<Document> documents)
    {
        _context = context;
        _site = site;
        _menu = new SiteMenu(site, documents, context.Settings.Strings);
        _navigation = new NavigationModel(site, context.Settings.TargetLabels, context.Settings.Strings);
        var settings = context.Settings;
        // The theme's extra.css (input/_theme/assets/extra.css) adds to the shipped stylesheet instead of replacing it.
        var stylesheets = (context.Theme.Locate(ExtraStylesheet) is null ? settings.Css : settings.Css.Prepend(ExtraStylesheet))
            .Select(Output.RelativeUrl.FromRoot).ToList();
        _siteView = new SiteView(settings.Title, settings.Description, settings.Language, settings.Disclaimer, settings.NormalizedBaseUrl,
            settings.StopRule, settings.Emergency, settings.Urgent, settings.Logo is { } logo ? Output.RelativeUrl.FromRoot(logo) : null,
            stylesheets, settings.AccentColor, settings.AccentColorDark);
        _features = documents.Where(d => d.Generated is { Feature: not SiteFeature.None })
            .GroupBy(d => d.Generated!.Feature)
            .ToDictionary(g => g.Key, g => g.First().OutputPath);
        _replacedBy = site.Pages
            .Where(p => p.Meta is ExerciseMeta { Avoid: not null })
            .SelectMany(p => ((ExerciseMeta)p.Meta!).Avoid!.Instead.Select(r => (Target: site.Resolve(p, r), Avoided: p)))
            .Where(x => x.Target is not null)
            .ToLookup(x => x.Target!.OutputPath, x => x.Avoided, StringComparer.Ordinal);
        _chains = ReadingSequences.Of(site);
        _bodyEnd = TrustedHtml.From(context.Options.BodyEndInjection);
        _scriptStrings = new TrustedHtml(ScriptStrings.Json(settings.Strings));
        _warningSignsPage = site.WarningSignsPage;
        _stopRulePage = settings.StopRulePage?.Resolve("") is { } stop ? site.ByReference(stop.Section, stop.Slug) : null;
    }

    public PageModel Build(Document doc)
    {
        var path = doc.OutputPath;
        var folder = _links.FolderOf(path);
        var meta = doc.Meta;
        var related = Related(doc);
        var linksAbsolute = doc.Kind == PageKind.NotFound && _context.Settings.NormalizedBaseUrl.Length > 0;
        // A host shows 404.html at any depth, so only absolute links hold there.
        var root = linksAbsolute ? _context.Settings.NormalizedBaseUrl : folder.Root;
        var (prev, next) = Neighbours(doc, folder);
        return new PageModel
        {
            Site = _siteView,
            Root = root,
            Links = SiteLinks(root),
            Page = new PageInfo(
                doc.Title,
                meta?.Summary ?? doc.Generated?.Description,
                doc.Generated?.CrumbTitle ?? doc.Title,
                KindNames[doc.Kind],
                doc.Section,
                path,
                doc.Slug,
                _context.Settings.NormalizedBaseUrl is { Length: > 0 } b ? Output.RelativeUrl.Absolute(b, path) : null,
                meta?.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                meta?.Updated is { } updated ? ReadableDates.Format(_context.Settings.Strings, updated) : null,
                doc.Kind == PageKind.Home,
                SharedImage(meta)?.Url,
                SharedImage(meta)?.Alt,
                meta?.Draft == true),
            Strings = _context.Settings.Strings,
            ScriptStrings = _scriptStrings,
            Nav = linksAbsolute ? _menu.For(doc, folder).Select(m => m with { Url = root + m.Url }).ToList() : _menu.For(doc, folder),
            Breadcrumbs = linksAbsolute ? _menu.Breadcrumbs(doc, folder)?.Select(c => c with { Url = root + c.Url }).ToList() : _menu.Breadcrumbs(doc, folder),
            StopRuleLink = _stopRulePage is null ? null : folder.Link(_stopRulePage),
            WarningSignsLink = _warningSignsPage is null ? null : folder.Link(_warningSignsPage),
            Content = TrustedHtml.From(doc.Html),
            Toc = TableOfContents.Of(doc.Headings),
            RelatedGroups = related is null ? null : _navigation.RelatedGroups(related, folder),
            Exercise = meta is ExerciseMeta exercise ? ExerciseViews.Create(doc, exercise, _site, folder, _context.Settings, lazy: true) with { CardUrl = CardOf(doc, folder) } : null,
            Topics = (meta as SelfCareMeta)?.Topics,
            Contacts = meta is { WarningSigns.Count: > 0 } && (_context.Settings.Emergency ?? _context.Settings.Urgent) is not null
                ? new ContactsView(_context.Settings.Emergency, _context.Settings.Urgent)
                : null,
            Replaces = _replacedBy.Contains(path) ? _replacedBy[path].Select(folder.Link).ToList() : null,
            Home = doc.Kind == PageKind.Home ? Home(doc, folder) : null,
            Facets = doc.Kind == PageKind.Home || (doc.Section == Sections.Exercises && doc.Kind is PageKind.SectionIndex or PageKind.Generated)
                ? _navigation.FacetLinks(doc, folder)
                : null,
            Prev = prev,
            Next = next,
            JsonLd = TrustedHtml.From(StructuredData.For(doc, _context.Settings)),
            List = doc.View as ListView,
            AvoidIndex = doc.View as AvoidIndexView,
            Card = doc.View as CardView,
            Cards = doc.View as CardsView,
            Print = doc.View as PrintView,
            BodyEnd = _bodyEnd,
        };
    }

    /// <summary>The URL of the exercise's own card page from <paramref name="folder"/>, or null when the build made none.</summary>
    private string? CardOf(Document exercise, LinkCache.Folder folder) =>
        _site.ByOutput(PagePaths.CardPathOf(exercise.Slug)) is { Template: "card" } card ? folder.Url(card.OutputPath) : null;

    /// <summary>The picture a link preview shows: the page's first, at its absolute address; none without a baseUrl.</summary>
    private (string Url, string Alt)? SharedImage(PageMeta? meta) =>
        meta is { Images: [var first, ..] } && _context.Settings.NormalizedBaseUrl is { Length: > 0 } baseUrl
            ? (Output.RelativeUrl.Absolute(baseUrl, first.OutputPath), first.Alt)
            : null;

    private SiteLinks SiteLinks(string root)
    {
        string? Url(SiteFeature feature) => _features.TryGetValue(feature, out var target) ? root + target : null;
        return new SiteLinks(root + "index.html", Url(SiteFeature.Search), Url(SiteFeature.AvoidIndex), Url(SiteFeature.Cards), Url(SiteFeature.Print),
            _site.ByOutput(Sections.Exercises + "/index.html") is null ? null : root + Sections.Exercises + "/index.html");
    }

    private List<Document>? Related(Document doc)
    {
        if (doc.Meta is not { } meta)
        {
            return null;
        }
        var targets = new List<Document>(meta.Related.Count);
        foreach (var reference in meta.Related)
        {
            if (_site.Resolve(doc, reference) is { } target)
            {
                targets.Add(target);
            }
        }
        return targets;
    }

    private HomeView Home(Document doc, LinkCache.Folder folder)
    {
        var summary = doc.Meta?.Summary ?? doc.Generated?.Description;
        var repeatsSiteTitle = string.Equals(doc.Title.Trim(), _context.Settings.Title.Trim(), StringComparison.OrdinalIgnoreCase) && summary is { Length: > 0 };
        return new HomeView(HomeSections(folder), _navigation.HomePages(folder), repeatsSiteTitle ? summary! : doc.Title, repeatsSiteTitle ? null : summary);
    }

    /// <summary>Each section with its pages; on a large site with its count only, as a list of thousands is no use to a reader.</summary>
    private List<HomeSection> HomeSections(LinkCache.Folder folder) =>
        _site.Sections.Select(section => new HomeSection(
            _site.ByOutput(section + "/index.html")?.Title ?? Sections.TitleOf(section, _context.Settings.Strings),
            folder.Url(section + "/index.html"),
            section,
            _site.IsLarge ? [] : SectionGroups.InListOrder(section, _site.InSection(section)).Where(p => p.Meta is not ExerciseMeta { Avoid: not null }).Select(folder.Link).ToList(),
            _site.InSection(section).Count,
            ThemeStrings.Count(_context.Settings.Strings, _context.Settings.Language, "page_count", _site.InSection(section).Count))).ToList();

    private (LinkView? Prev, LinkView? Next) Neighbours(Document doc, LinkCache.Folder folder)
    {
        if (!doc.IsAuthoredPage || doc.Kind is PageKind.Home or PageKind.SectionIndex || !_chains.TryGetValue(doc.OutputPath, out var place))
        {
            return (null, null);
        }
        var (chain, index) = place;
        return (index > 0 ? folder.Link(chain[index - 1]) : null, index < chain.Count - 1 ? folder.Link(chain[index + 1]) : null);
    }
}
