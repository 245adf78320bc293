namespace BackGuide.FrontMatter;

/// <summary>How a foreign key's value carries over to BackGuide's field.</summary>
public enum ForeignValue
{
    /// <summary>The value is kept as it is.</summary>
    Same,

    /// <summary>A date or date and time, of which BackGuide keeps the YYYY-MM-DD.</summary>
    Date,

    /// <summary>A true/false that means the opposite (Jekyll's <c>published: false</c> is <c>draft: true</c>).</summary>
    Inverted,
}

/// <summary>
/// A front-matter key that Hugo, Jekyll or MkDocs pages carry: the field BackGuide calls it, or, when BackGuide has none,
/// what happens instead.
/// </summary>
/// <param name="Name">The key as the other generator spells it.</param>
/// <param name="Generators">Which generators use it, for messages ("Hugo and Jekyll").</param>
/// <param name="BackGuideName">BackGuide's name for it, or null when BackGuide has no such field.</param>
/// <param name="Explanation">For a renamed key, what BackGuide's field means; otherwise what BackGuide does instead and what to do.</param>
public sealed record ForeignKey(string Name, string Generators, string? BackGuideName, string Explanation, ForeignValue Value = ForeignValue.Same);

/// <summary>
/// The keys of other generators' front matter, in one table: the build's diagnostics name BackGuide's field for each,
/// and <c>backguide import</c> renames or drops them by the same table.
/// </summary>
public static class ForeignKeys
{
    private const string Address =
        "a page's address is its folder and file name (input/guide/a.md is guide/a.html) or its 'slug'. To keep an old address, name the file after it or set 'slug'";

    private const string Template =
        "the template is chosen by section (exercises/ and self-care/ have their own, any other folder uses 'page'); to change how pages look, put your own template in input/_theme/templates/";

    private const string Redirects =
        "BackGuide writes no redirect pages, so an old address works only if the page keeps it. Name the file after the old address (or set 'slug'), or let your host redirect";

    private const string Navigation =
        "the menu lists the sections, and each section's list orders its pages by 'order' then title; a page's link text is its title";

    public static readonly IReadOnlyList<ForeignKey> All =
    [
        new("weight", "Hugo", "order", "its position in its section's list; lower comes first"),
        new("description", "Hugo, Jekyll and MkDocs", "summary", "one plain sentence, used in lists, search and the meta description"),
        new("date", "Hugo and Jekyll", "updated", "when the page was last updated, written YYYY-MM-DD", ForeignValue.Date),
        new("lastmod", "Hugo", "updated", "when the page was last updated, written YYYY-MM-DD", ForeignValue.Date),
        new("last_modified_at", "Jekyll", "updated", "when the page was last updated, written YYYY-MM-DD", ForeignValue.Date),
        new("categories", "Hugo and Jekyll", "tags", "extra words that search matches"),
        new("keywords", "Hugo", "tags", "extra words that search matches"),
        new("published", "Jekyll", "draft", "'published: false' is 'draft: true', which keeps the page out of the build", ForeignValue.Inverted),
        new("aliases", "Hugo", null, Redirects),
        new("redirect_from", "Jekyll", null, Redirects),
        new("permalink", "Jekyll", null, Address),
        new("url", "Hugo", null, Address),
        new("layout", "Hugo and Jekyll", null, Template),
        new("type", "Hugo", null, Template),
        new("template", "MkDocs", null, Template),
        new("linkTitle", "Hugo", null, Navigation),
        new("menu", "Hugo", null, Navigation),
        new("hide", "MkDocs", null, "BackGuide shows the navigation on every page, and a table of contents on pages with three or more '##' headings"),
        new("author", "Hugo and Jekyll", null, "BackGuide shows no author; the clinician who reviewed the page goes in 'reviewedBy'"),
        new("authors", "Hugo and MkDocs", null, "BackGuide shows no author; the clinician who reviewed the page goes in 'reviewedBy'"),
    ];

    private static readonly Dictionary<string, ForeignKey> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The foreign key named <paramref name="key"/>, or null when no other generator is known to use it.</summary>
    public static ForeignKey? Find(string key) => ByName.GetValueOrDefault(key);

    /// <summary>What the build says about a foreign key on a page: rename it, or remove it and why.</summary>
    public static string Message(ForeignKey key) => key.BackGuideName is { } name
        ? $"'{key.Name}': that is what {key.Generators} call{(key.Generators.Contains(" and ", StringComparison.Ordinal) ? "" : "s")} it; BackGuide calls it '{name}' ({key.Explanation}). {Fix(key, name)}"
        : $"'{key.Name}' ({key.Generators}) does nothing in BackGuide and is ignored: {key.Explanation}. Remove the line.";

    private static string Fix(ForeignKey key, string name) => key.Value switch
    {
        ForeignValue.Inverted => $"Write '{name}: true' instead of '{key.Name}: false', and drop '{key.Name}: true'.",
        ForeignValue.Date => $"Rename the key to '{name}' and write the date alone, like {name}: 2026-11-01.",
        _ => $"Rename the key to '{name}'.",
    };
}
