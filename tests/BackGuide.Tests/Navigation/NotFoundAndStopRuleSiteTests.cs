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

    [Fact]
    public void TheStopRule_NamesTheWarningSignsPage_AndTheEmergencyNumberFromSiteYml()
    {
        _site.WithPage("guide/warning-signs.md", "title: When to get help\nwarningSigns: [numb between the legs]", "## Signs\n")
            .With("input/site.yml", "title: Guide\nemergency: { number: \"112\", label: call 112 }\n").Build();
        var emergency = _site.Html("exercises/bird-dog.html").QuerySelector("[data-stop-rule] [data-stop-rule-emergency]")!;
        var links = emergency.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["../guide/warning-signs.html", "tel:112"], links);
        Assert.Contains("When to get help", emergency.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningSignsWithoutAnEmergencyNumber_WarnOnThatPageAndOnEveryPageThatLinksThere()
    {
        var result = _site.WithPage("guide/warning-signs.md", "title: When to get help\nwarningSigns: [numb between the legs]", "## Signs\n")
            .WithPage("guide/safety.md", "title: Safety first", "Read [the signs](warning-signs.md) first.\n")
            .With("input/site.yml", "title: Guide\n").Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["input/guide/safety.md:4:6", "input/guide/warning-signs.md:1:1"],
            result.Diagnostics.Where(d => d.Code == "BG0211").Select(d => $"{Path.GetRelativePath(_site.Root, d.File)}:{d.Line}:{d.Column}"));
        Assert.Null(_site.Html("exercises/bird-dog.html").QuerySelector("[data-stop-rule-emergency]"));
    }

    [Fact]
    public void WarningSignsWithAnEmergencyNumber_GiveNoWarning()
    {
        var result = _site.WithPage("guide/warning-signs.md", "title: When to get help\nwarningSigns: [numb between the legs]", "## Signs\n")
            .With("input/site.yml", "title: Guide\nemergency: { number: \"911\", label: call 911 }\n").Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "BG0211");
    }
}
