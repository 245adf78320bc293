using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>What every page of the shipped guide carries around its content: the stop rule, the labels readers use, the icon and manifest.</summary>
public sealed class SafetyChromeTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private const string StopRuleWords = "Stop this exercise if the pain becomes sharp or clearly worse than before you started";

    private IEnumerable<string> ExercisePages() =>
        guide.HtmlFiles.Where(p => p.StartsWith("exercises/", StringComparison.Ordinal) && p.Count(c => c == '/') == 1 && p != "exercises/index.html");

    [Fact]
    public void EveryExercisePage_ShowsTheStopRuleFromSiteYml_RightAfterTheSteps_LinkingTheSafetyFirstPage_AndOnlyOnce()
    {
        foreach (var page in ExercisePages())
        {
            var html = guide.Html(page);
            var rules = html.QuerySelectorAll("[data-stop-rule]").ToList();
            var rule = Assert.Single(rules);

            Assert.Contains(StopRuleWords, rule.TextContent, StringComparison.Ordinal);
            Assert.Equal("../guide/safety-first.html", rule.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains("Safety first", rule.QuerySelector("a")!.TextContent, StringComparison.Ordinal);
            if (html.QuerySelector("section.steps") is { } steps)
            {
                Assert.Same(rule, steps.NextElementSibling);
            }
            Assert.Null(html.QuerySelector(".site-footer [data-stop-rule]"));
        }
    }

    [Fact]
    public void EveryCard_ShowsTheStopRuleAfterItsSteps_AndTheCardPagesDoNotRepeatTheDisclaimerInTheFooter()
    {
        var pages = guide.HtmlFiles.Where(p => p.StartsWith("cards/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            var html = guide.Html(page);
            foreach (var card in html.QuerySelectorAll("[data-card]"))
            {
                var rule = card.QuerySelector("[data-stop-rule]")!;
                Assert.Contains(StopRuleWords, rule.TextContent, StringComparison.Ordinal);
                Assert.Equal("../guide/safety-first.html", rule.QuerySelector("a")!.GetAttribute("href"));
                if (card.QuerySelector(".card__steps") is { } steps)
                {
                    Assert.True(steps.CompareDocumentPosition(rule).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
                }
            }
            Assert.Null(html.QuerySelector(".site-footer [data-disclaimer]"));
            Assert.Equal("index.html", html.QuerySelector(".site-nav a.is-active")!.GetAttribute("href")); // "Cards" is where the reader is
        }
    }

    [Fact]
    public void TargetsReadInPatientsWords_OnChipsFiltersFactsAndTitles()
    {
        var home = guide.Html("index.html");
        var list = guide.Html("exercises/index.html");
        var facet = guide.Html("exercises/targets/abdominals.html");
        var crunch = guide.Html("exercises/partial-crunch.html");

        Assert.Contains("By the part it works", home.QuerySelector(".facet-links")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Stomach muscles", home.QuerySelector("[data-facet='targets/abdominals']")!.TextContent);
        Assert.Equal("Buttocks", home.QuerySelector("[data-facet='targets/glutes']")!.TextContent);
        Assert.Equal("Stomach muscles", list.QuerySelector("select[data-filter=target] option[value=abdominals]")!.TextContent);
        Assert.Equal("Exercises for the stomach muscles", facet.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Stomach muscles", crunch.QuerySelectorAll(".facts div").Single(d => d.QuerySelector("dt")!.TextContent == "Works").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(guide.HtmlFiles, p => guide.Html(p).Body!.TextContent.Contains("By what hurts", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHomePage_DoesNotRepeatTheSiteTitleAsItsHeading()
    {
        var home = guide.Html("index.html");

        Assert.NotEqual(home.QuerySelector(".site-title")!.TextContent.Trim(), home.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Single(home.QuerySelectorAll("main h1"));
    }

    [Fact]
    public void EveryPage_LinksAnIconAndAManifest_ThatExist()
    {
        foreach (var page in guide.HtmlFiles.Where(p => p != "404.html"))
        {
            var html = guide.Html(page);
            foreach (var rel in new[] { "icon", "manifest" })
            {
                var href = html.QuerySelector($"link[rel={rel}]")!.GetAttribute("href")!;
                Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, Path.GetDirectoryName(page)!, href)), $"{page}: {rel} {href}");
            }
        }
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(guide.OutputDirectory, "manifest.webmanifest")));
        var root = manifest.RootElement;
        Assert.Equal("Back Care Guide", root.GetProperty("name").GetString());
        Assert.Equal("index.html", root.GetProperty("start_url").GetString());
        Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, root.GetProperty("icons")[0].GetProperty("src").GetString()!)));
    }
}
