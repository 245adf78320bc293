using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>Guides missing a part (a home page, exercises, self-care, sections) still have no broken link, and every page is in reach.</summary>
public sealed class MissingPartsTests : IDisposable
{
    private readonly TestSite _site = new TestSite().With("input/site.yml", "title: Knee care\ndescription: Looking after your knees.\n");

    public void Dispose() => _site.Dispose();

    private const string SelfCare = "title: Ice\nsummary: Cold packs for a sore knee.\ntopics: [pain relief]";

    public static TheoryData<string> Sites() => new() { "no-home", "no-exercises", "only-top-level-pages", "only-exercises", "no-home-no-exercises", "everything" };

    private void Write(string shape)
    {
        if (shape is "everything" or "no-exercises" or "only-top-level-pages")
        {
            _site.WithPage("index.md", "title: Welcome\nsummary: Start here.", "Read [about us](about.md).");
        }
        if (shape is not ("only-top-level-pages" or "only-exercises"))
        {
            _site.WithPage("self-care/ice.md", SelfCare);
        }
        if (shape is "no-home" or "only-exercises" or "everything")
        {
            _site.WithExercise("knee-bend", "Knee bend").WithExercise("step-down", "Step down", "avoid: { reason: Too much strain., instead: [knee-bend] }");
        }
        if (shape is not "only-exercises")
        {
            _site.WithPage("about.md", "title: About us", "Who we are.");
        }
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void AGuideMissingParts_HasNoBrokenReference_AndReachesEveryPageFromHome(string shape)
    {
        Write(shape);

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var graph = new LinkGraph(_site.OutputDirectory);
        Assert.Empty(graph.BrokenReferences());
        var reachable = graph.Reachable("index.html", 3);
        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/'))
            .Where(LinkGraph.IsLinkedPage);
        Assert.All(pages, page => Assert.True(reachable.ContainsKey(page), $"{page} is not reachable from the home page"));
    }

    [Fact]
    public void WithoutIndexMd_TheHomePageIsGenerated_FromSiteYml_AndListsTheSections()
    {
        Write("no-home");

        _site.Build();

        var home = _site.Html("index.html");
        Assert.Equal("Looking after your knees.", home.QuerySelector("main h1")!.TextContent);
        Assert.Contains("self-care/index.html", home.QuerySelectorAll(".tiles a").Select(a => a.GetAttribute("href")));
        Assert.Contains("exercises/knee-bend.html", home.QuerySelectorAll(".tiles a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void WithoutExercises_NoPageLinksTheExercisesIndex()
    {
        Write("no-exercises");

        _site.Build();

        Assert.False(_site.Exists("exercises/index.html"));
        foreach (var file in Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("exercises/", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TopLevelPages_AreInTheMenu_AfterTheSections()
    {
        Write("everything");

        _site.Build();

        var menu = _site.Html("self-care/ice.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Home", "Exercises", "Self-care", "About us", "Avoid these", "Cards"], menu);
        var current = _site.Html("about.html").QuerySelector(".site-nav a[aria-current=page]");
        Assert.Equal("About us", current?.TextContent);
    }
}
