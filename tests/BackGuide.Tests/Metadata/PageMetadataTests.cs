using System.Text.Json;
using System.Xml.Linq;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Metadata;

/// <summary>Titles, descriptions, canonical URLs, Open Graph, sitemap and JSON-LD on a small inline site.</summary>
public sealed class PageMetadataTests : IDisposable
{
    private const string Hostile = "Cat </script><script>alert(1)</script> & cow";

    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home\nsummary: The start.")
        .WithExercise("cat-cow", Hostile, "updated: 2026-10-01")
        .WithExercise("hamstring-stretch", "Hamstring stretch")
        .WithPage("exercises/toe-touches.md", "title: Toe touches\nsummary: Not this.\ntargets: [hamstrings]\nposition: standing\navoid:\n  reason: It strains the back.\n  instead: [hamstring-stretch]")
        .WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]\nupdated: 2026-11-01");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void WithABaseUrl_EveryPageHasCanonicalAndOpenGraph_AndTheSitemapListsEveryPage()
    {
        _site.With("input/site.yml", "title: Test\ndescription: A test guide.\nbaseUrl: https://example.org/back\n");
        Assert.True(_site.Build().Succeeded);

        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/')).Where(p => p != "404.html").Order(StringComparer.Ordinal).ToList();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var listed = XDocument.Parse(_site.Read("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();

        Assert.Contains("avoid.html", pages);
        Assert.Contains("exercises/targets/lower-back.html", pages);
        Assert.DoesNotContain("exercises/targets/hamstrings.html", pages); // only a movement to avoid works the hamstrings here
        Assert.Contains("exercises/positions/lying.html", pages);
        var guidePages = pages.Where(Navigation.LinkGraph.IsGuidePage).ToList();
        Assert.All(guidePages, p => Assert.Contains("https://example.org/back/" + p, listed));
        Assert.All(listed, url => Assert.Contains(url["https://example.org/back/".Length..], pages));
        foreach (var page in guidePages)
        {
            var html = _site.Html(page);
            Assert.Equal("https://example.org/back/" + page, html.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("https://example.org/back/" + page, html.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
            Assert.False(string.IsNullOrEmpty(html.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{page} has no description");
        }
        Assert.Equal("https://example.org/back/self-care/sleep.html", JsonDocument.Parse(_site.Html("self-care/sleep.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void WithoutABaseUrl_ThereIsNoCanonical_NoOpenGraph_AndNoSitemap()
    {
        Assert.True(_site.Build().Succeeded);

        Assert.False(_site.Exists("sitemap.xml"));
        Assert.Null(_site.Html("exercises/cat-cow.html").QuerySelector("link[rel=canonical], meta[property^='og:']"));
    }

    [Fact]
    public void JsonLd_CannotEndItsScriptElement_AndKeepsTheTitleExactly()
    {
        Assert.True(_site.Build().Succeeded);
        var html = _site.Html("exercises/cat-cow.html");
        var scripts = html.QuerySelectorAll("script").ToList();
        var json = JsonDocument.Parse(html.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

        Assert.DoesNotContain(scripts, s => s.TextContent.Contains("alert(1)", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        Assert.Equal(Hostile, json.GetProperty("name").GetString());
        Assert.Equal("2026-10-01", json.GetProperty("dateModified").GetString());
        Assert.Equal(["Lie on your back.", "Breathe out slowly."], json.GetProperty("step").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
    }
}
