using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>Every facet of the exercises has an address: a page per target and per position, linked from the exercises.</summary>
public sealed class FacetPageTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    /// <summary>What an exercise page's facts say: its position and what it works, as slugs.</summary>
    private (string Position, HashSet<string> Targets, bool Avoid) Facts(string page)
    {
        var html = guide.Html(page);
        string Fact(string label) => html.QuerySelectorAll(".facts div").FirstOrDefault(d => d.QuerySelector("dt")!.TextContent == label)?.QuerySelector("dd")!.TextContent ?? "";
        // What it works reads in the guide's own words (targetLabels), so the targets are taken from the facet links.
        var works = html.QuerySelectorAll(".facts div").FirstOrDefault(d => d.QuerySelector("dt")!.TextContent == "Works");
        var targets = works?.QuerySelectorAll("dd a[href*='targets/']").Select(a => Path.GetFileNameWithoutExtension(a.GetAttribute("href")!)).ToHashSet() ?? [];
        return (LinkGraph.Slug(Fact("Position")), targets, html.QuerySelector("[data-avoid-banner]") is not null);
    }

    private IEnumerable<string> ExercisePages() =>
        guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1 && p != "exercises/index.html");

    private List<string> Listed(string facetPage) =>
        guide.Html(facetPage).QuerySelectorAll("main .item a").Select(a => LinkGraph.Resolve(facetPage, a.GetAttribute("href")!)!.Value.Path).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("targets", "hamstrings", "Exercises for the backs of the thighs")]
    [InlineData("targets", "lower-back", "Exercises for the lower back")]
    [InlineData("positions", "lying", "Exercises lying down")]
    [InlineData("positions", "seated", "Exercises sitting down")]
    [InlineData("positions", "standing", "Exercises standing up")]
    public void AFacetPage_ListsExactlyTheExercisesWhoseFactsMatch(string kind, string value, string title)
    {
        var page = $"exercises/{kind}/{value}.html";
        var expected = ExercisePages().Where(p => kind == "targets" ? Facts(p).Targets.Contains(value) : Facts(p).Position == value).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(title, guide.Html(page).QuerySelector("main h1")!.TextContent);
        Assert.Equal(expected, Listed(page));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public void OnAFacetPage_MovementsToAvoid_AreSetApart()
    {
        var html = guide.Html("exercises/targets/hamstrings.html");
        var avoidGroup = html.QuerySelectorAll("main section.group").Single(g => g.QuerySelector("h2")?.TextContent == "Movements to avoid");

        Assert.All(avoidGroup.QuerySelectorAll(".item"), i => Assert.Contains("item--avoid", i.ClassName, StringComparison.Ordinal));
        Assert.All(html.QuerySelectorAll("main section.group").Except([avoidGroup]).SelectMany(g => g.QuerySelectorAll(".item")),
            i => Assert.DoesNotContain("item--avoid", i.ClassName ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFactsOfEachExercise_LinkToItsFacetPages()
    {
        foreach (var page in ExercisePages().Where(p => !Facts(p).Avoid))
        {
            var facts = guide.Html(page).QuerySelectorAll(".facts a[data-facet-link]")
                .Select(a => LinkGraph.Resolve(page, a.GetAttribute("href")!)!.Value.Path).ToList();
            var (position, targets, _) = Facts(page);

            Assert.Contains($"exercises/positions/{position}.html", facts);
            Assert.All(targets, t => Assert.Contains($"exercises/targets/{t}.html", facts));
            Assert.All(facts, f => Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, f)), $"{page} links to missing {f}"));
        }
    }

    [Fact]
    public void AFacetPage_HasBreadcrumbsHomeExercisesFacet_AndMarksItself()
    {
        var html = guide.Html("exercises/positions/lying.html");
        var crumbs = html.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal([guide.Html("index.html").Title!, "Exercises", "Lying"], crumbs);
        Assert.Equal("Lying", html.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);
        Assert.Equal("lying.html", html.QuerySelector(".facet-links a[aria-current=page]")!.GetAttribute("href"));
        Assert.Contains("is-active", html.QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "Exercises").ClassName, StringComparison.Ordinal);
    }
}
