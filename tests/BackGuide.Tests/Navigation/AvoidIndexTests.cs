using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>The generated avoid index on the shipped guide: complete, each entry once, every link working.</summary>
public sealed class AvoidIndexTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private readonly LinkGraph _links = new(guide.OutputDirectory);

    /// <summary>The slugs of the exercise sources that have an avoid block, read straight from input/ (not through the build).</summary>
    private static Dictionary<string, bool> AvoidedInSource() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Input, "exercises"), "*.md")
            .Select(f => (Slug: Path.GetFileNameWithoutExtension(f), Text: File.ReadAllText(f).Split("\n---", 2)[0]))
            .Where(f => f.Text.Contains("\navoid:", StringComparison.Ordinal))
            .ToDictionary(f => f.Slug, f => f.Text.Contains("\n  everyday: true", StringComparison.Ordinal), StringComparer.Ordinal);

    [Fact]
    public void AvoidIndex_ListsEveryAvoidedPageExactlyOnce_AndNothingElse()
    {
        Assert.True(guide.Result.Succeeded, string.Join('\n', guide.Result.Diagnostics));
        var entries = guide.Html("avoid.html").QuerySelectorAll("[data-avoid]").Select(e => e.GetAttribute("data-avoid")!).ToList();
        var withBanner = guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal))
            .Where(p => guide.Html(p).QuerySelector("[data-avoid-banner]") is not null)
            .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(entries.Distinct().Count(), entries.Count);
        Assert.Equal(AvoidedInSource().Keys.Order(StringComparer.Ordinal), entries.Order(StringComparer.Ordinal));
        Assert.Equal(withBanner, entries.Order(StringComparer.Ordinal));
        Assert.True(entries.Count >= 5, "the guide names at least five movements to avoid");
    }

    [Fact]
    public void EachEntry_NamesTheMovement_TheReason_AndAlternativesThatExist_InTheRightGroup()
    {
        var everyday = AvoidedInSource();
        var html = guide.Html("avoid.html");
        foreach (var entry in html.QuerySelectorAll("[data-avoid]"))
        {
            var slug = entry.GetAttribute("data-avoid")!;
            var movement = LinkGraph.Resolve("avoid.html", entry.QuerySelector(".avoid-entry__title a")!.GetAttribute("href")!)!.Value.Path;
            var reason = entry.QuerySelector(".avoid-entry__reason")!.TextContent.Replace("Why:", "", StringComparison.Ordinal).Trim();
            var alternatives = entry.QuerySelectorAll("[data-instead]").Select(a => LinkGraph.Resolve("avoid.html", a.GetAttribute("href")!)!.Value.Path).ToList();
            var group = entry.Closest("section.group")!.QuerySelector("h2")!.TextContent;

            Assert.Equal($"exercises/{slug}.html", movement);
            Assert.Equal(guide.Html(movement).QuerySelector("[data-avoid-banner] p")!.TextContent.Split('.', 2)[1].Trim(), reason);
            Assert.NotEmpty(alternatives);
            Assert.All(alternatives, a => Assert.Null(guide.Html(a).QuerySelector("[data-avoid-banner]")));
            Assert.Equal(everyday[slug] ? "Everyday movements to avoid" : "Exercises to avoid", group);
        }
    }

    [Fact]
    public void EveryLinkInTheAvoidIndex_Resolves_ToAPageAndHeadingThatExist()
    {
        var hrefs = guide.Html("avoid.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            var target = LinkGraph.Resolve("avoid.html", href);
            Assert.True(target is not null, $"avoid.html links to another host: {href}");
            Assert.True(_links.Exists(target.Value.Path), $"avoid.html links to {href}, which does not exist");
            if (target.Value.Anchor is { Length: > 0 } anchor)
            {
                Assert.NotNull(guide.Html(target.Value.Path).GetElementById(anchor));
            }
        }
    }

    [Fact]
    public void TheAvoidIndex_IsLinkedFromHome_FromTheNavigationOfEveryPage_AndFromEveryAlternative()
    {
        var alternatives = guide.Html("avoid.html").QuerySelectorAll("[data-instead]")
            .Select(a => (Page: LinkGraph.Resolve("avoid.html", a.GetAttribute("href")!)!.Value.Path, Replaces: a.Closest("[data-avoid]")!.GetAttribute("data-avoid")!))
            .ToList();

        Assert.Contains("avoid.html", _links.LinksFrom("index.html", "main"));
        foreach (var page in guide.HtmlFiles.Where(LinkGraph.IsGuidePage))
        {
            Assert.Contains("avoid.html", _links.LinksFrom(page, ".site-nav"));
        }
        foreach (var (page, replaces) in alternatives)
        {
            var note = _links.LinksFrom(page, "[data-replaces]").ToList();
            Assert.Contains("avoid.html", note);
            Assert.Contains($"exercises/{replaces}.html", note);
        }
    }

    [Fact]
    public void OnAnAvoidedPage_TheWarningBanner_ComesBeforeAnythingElseOfThePage()
    {
        foreach (var slug in AvoidedInSource().Keys)
        {
            var article = guide.Html($"exercises/{slug}.html").QuerySelector("main article")!;

            Assert.True(article.FirstElementChild!.HasAttribute("data-avoid-banner"), $"{slug}: the banner is not first");
            Assert.Contains("instead", article.FirstElementChild.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }
}
