namespace BackGuide.Tests.Validity;

/// <summary>One page of each type the product promises, as it appears in the built shipped guide.</summary>
public static class PageTypes
{
    /// <summary>Page type → output path (with an optional query, for pages that act on one).</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "index.html",
        ["section list"] = "exercises/index.html",
        ["exercise"] = "exercises/bird-dog.html",
        ["avoided exercise"] = "exercises/standing-toe-touches.html",
        ["self-care"] = "self-care/sleep.html",
        ["guide page"] = "guide/safety-first.html",
        ["not found"] = "404.html",
        ["cards sheet"] = "cards/index.html",
        ["card"] = "cards/bird-dog.html",
        ["avoid index"] = "avoid.html",
        ["search with results"] = "search.html?q=stretch",
        ["print"] = "print.html",
        ["facet: target"] = "exercises/targets/hamstrings.html",
        ["facet: position"] = "exercises/positions/lying.html",
    };

    /// <summary>
    /// Page types being built on other branches at the time of writing. The lead empties this list once those
    /// branches are merged; from then on, a page type missing from the build fails <c>PageTypeTests</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> Pending = new HashSet<string>(StringComparer.Ordinal)
    {
    };

    public static string FileOf(string pathAndQuery) => pathAndQuery.Split('?')[0];
}
