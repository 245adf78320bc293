using BackGuide.Content;
using BackGuide.Templates;

namespace BackGuide.Views;

/// <summary>
/// Everything a page's template and the layout see, as top-level variables (<c>page</c>, <c>site</c>, <c>root</c>…, in
/// snake_case). Properties a page does not have are null, so <c>{{ if exercise }}</c> asks whether the page is an exercise.
/// theme/README.md lists each variable for designers.
/// </summary>
public sealed record PageModel
{
    /// <summary>site.yml's settings.</summary>
    public required SiteView Site { get; init; }

    /// <summary>"", "../", "../../": the way from this page to the site root, for assets.</summary>
    public required string Root { get; init; }

    /// <summary>The generated pages' URLs from this page.</summary>
    public required SiteLinks Links { get; init; }

    public required PageInfo Page { get; init; }

    /// <summary>The theme's wording by name (<c>strings.how_much</c>): the defaults, or site.yml's <c>strings</c>.</summary>
    public required IReadOnlyDictionary<string, string> Strings { get; init; }

    /// <summary>
    /// The browser scripts' wording (<see cref="ThemeStrings.ForScripts"/>) as JSON, safe inside the layout's
    /// <c>&lt;script type="application/json" id="bg-strings"&gt;</c>.
    /// </summary>
    public TrustedHtml? ScriptStrings { get; init; }

    /// <summary>The header's menu.</summary>
    public required IReadOnlyList<MenuItem> Nav { get; init; }

    /// <summary>The way back (home, the section's list); null on the home page.</summary>
    public IReadOnlyList<LinkView>? Breadcrumbs { get; init; }

    /// <summary>The page the stop rule links to for more (site.yml's <c>stopRulePage</c>); null when it links none.</summary>
    public LinkView? StopRuleLink { get; init; }

    /// <summary>
    /// <c>warning_signs_link</c>: the page that lists the warning signs (the first with <c>warningSigns</c> in its front
    /// matter), which the stop rule names together with site.yml's emergency number; null when there is none.
    /// </summary>
    public LinkView? WarningSignsLink { get; init; }

    /// <summary>The page's own text, rendered from its Markdown.</summary>
    public TrustedHtml? Content { get; init; }

    /// <summary>The page's headings (levels 2 and 3), when it has three level-2 headings or more.</summary>
    public IReadOnlyList<TocEntry>? Toc { get; init; }

    /// <summary>The related pages, as "Exercises to try" and "Read more".</summary>
    public IReadOnlyList<LinkGroup>? RelatedGroups { get; init; }

    /// <summary>On a page listing warning signs: who to call (site.yml's emergency and urgent contacts); null elsewhere or when neither is set.</summary>
    public ContactsView? Contacts { get; init; }

    /// <summary>On an exercise page: its front matter set out.</summary>
    public ExerciseView? Exercise { get; init; }

    /// <summary>On a self-care page: its topics.</summary>
    public IReadOnlyList<string>? Topics { get; init; }

    /// <summary>The movements to avoid that this page is the safer choice for.</summary>
    public IReadOnlyList<LinkView>? Replaces { get; init; }

    /// <summary>On the home page: the sections and their pages.</summary>
    public HomeView? Home { get; init; }

    /// <summary>On the home page and the exercise lists: links to the facet pages.</summary>
    public FacetLinksView? Facets { get; init; }

    /// <summary>The page before and after this one in its section's reading order.</summary>
    public LinkView? Prev { get; init; }

    public LinkView? Next { get; init; }

    /// <summary>The page's schema.org JSON-LD, safe inside a script element.</summary>
    public TrustedHtml? JsonLd { get; init; }

    /// <summary>On a section list or facet page.</summary>
    public ListView? List { get; init; }

    /// <summary>On avoid.html.</summary>
    public AvoidIndexView? AvoidIndex { get; init; }

    /// <summary>On one exercise's card page.</summary>
    public CardView? Card { get; init; }

    /// <summary>On the sheet of all cards.</summary>
    public CardsView? Cards { get; init; }

    /// <summary>On print.html.</summary>
    public PrintView? Print { get; init; }

    /// <summary>In the layout only: what the page's own template rendered.</summary>
    public TrustedHtml? Body { get; init; }

    /// <summary>In the layout only: HTML the preview server adds before &lt;/body&gt; (its reload script); null in a real build.</summary>
    public TrustedHtml? BodyEnd { get; init; }
}
