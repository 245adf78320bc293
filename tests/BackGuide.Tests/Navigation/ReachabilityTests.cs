using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>On the shipped guide, a reader in pain gets from the home page to what they need in very few clicks.</summary>
public sealed class ReachabilityTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private readonly LinkGraph _links = new(guide.OutputDirectory);

    private static IEnumerable<string> ExerciseSources() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Input, "exercises"), "*.md")
            .Where(f => Path.GetFileName(f) != "index.md")
            .Select(f => $"exercises/{Path.GetFileNameWithoutExtension(f)}.html");

    [Fact]
    public void EveryExercise_IsAtMostTwoClicksFromTheHomePage()
    {
        var reached = _links.Reachable("index.html", clicks: 2);

        var unreached = ExerciseSources().Where(p => !reached.ContainsKey(p)).ToList();
        Assert.True(unreached.Count == 0, "more than two clicks from home: " + string.Join(", ", unreached));
        Assert.True(ExerciseSources().Count() >= 13);
    }

    [Fact]
    public void EveryPageOfTheGuide_CanBeReachedFromTheHomePage()
    {
        var reached = _links.Reachable("index.html", clicks: 10);

        var unreached = guide.HtmlFiles.Where(p => LinkGraph.IsLinkedPage(p) && !reached.ContainsKey(p)).ToList();
        Assert.True(unreached.Count == 0, "no way in from home: " + string.Join(", ", unreached));
        Assert.Contains("cards/bird-dog.html", reached.Keys);
        Assert.Contains("print.html", reached.Keys);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("safety")]
    [InlineData("doctor")]
    [InlineData("exercises")]
    [InlineData("avoid")]
    public void TheHomePage_TakesAReaderToEachFirstNeed_InOneClick(string need)
    {
        var link = guide.Html("index.html").QuerySelector($"main [data-quick='{need}']");

        Assert.NotNull(link);
        var target = LinkGraph.Resolve("index.html", link.GetAttribute("href")!)!.Value.Path;
        Assert.True(_links.Exists(target), $"{need} links to missing {target}");
    }

    [Fact]
    public void TheHomePage_LinksEveryTargetAndPositionPage_InOneClick()
    {
        var fromHome = _links.LinksFrom("index.html", "main .facet-links").ToHashSet(StringComparer.Ordinal);
        var facetPages = guide.HtmlFiles.Where(p => p.StartsWith("exercises/targets/", StringComparison.Ordinal) || p.StartsWith("exercises/positions/", StringComparison.Ordinal)).ToList();

        Assert.Equal(facetPages.Order(StringComparer.Ordinal), fromHome.Order(StringComparer.Ordinal));
        Assert.Contains("exercises/positions/lying.html", fromHome);
        Assert.Contains("exercises/positions/seated.html", fromHome);
        Assert.Contains("exercises/positions/standing.html", fromHome);
        Assert.Contains("exercises/targets/hamstrings.html", fromHome);
    }
}
