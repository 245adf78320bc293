using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>Small sites for the 404 page's links and the stop rule's link, set in site.yml.</summary>
public sealed class NotFoundAndStopRuleSiteTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("guide/safety.md", "title: Safety first")
        .WithExercise("bird-dog", "Bird dog");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void WithABaseUrl_The404PagesLinksAndAssetsAreAbsolute_SoTheyWorkAtAnyDepth()
    {
        _site.With("input/site.yml", "title: Guide\nbaseUrl: https://example.org/back/\n").Build();
        var html = _site.Html("404.html");
        var addresses = html.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(html.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!)).ToList();

        Assert.NotEmpty(addresses);
        Assert.All(addresses.Where(a => !a.StartsWith('#')), a => Assert.StartsWith("https://example.org/back/", a, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutABaseUrl_The404PagesLinksAreRelativeToTheSiteRoot()
    {
        _site.With("input/site.yml", "title: Guide\n").Build();
        var html = _site.Html("404.html");

        Assert.Equal("index.html", html.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal("assets/style.css", html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void TheStopRule_ComesFromSiteYml_AndLinksTheNamedPage()
    {
        _site.With("input/site.yml", "title: Guide\nstopRule: Stop when it hurts.\nstopRulePage: guide/safety\n").Build();
        var rule = _site.Html("exercises/bird-dog.html").QuerySelector("[data-stop-rule]")!;

        Assert.Contains("Stop when it hurts.", rule.TextContent, StringComparison.Ordinal);
        Assert.Equal("../guide/safety.html", rule.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void AStopRulePageThatDoesNotExist_IsAnErrorAtItsLineInSiteYml()
    {
        var result = _site.With("input/site.yml", "title: Guide\nstopRulePage: guide/safty\n").Build();
        var error = Assert.Single(result.Diagnostics);

        Assert.Equal("BG0203", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Contains("Did you mean 'guide/safety'?", error.Message, StringComparison.Ordinal);
    }
}
