using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

public sealed class BuildTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private TestSite SmallGuide() => _site
        .With("input/site.yml", "title: Test Guide\ndisclaimer: General information only, not a diagnosis.\n")
        .WithPage("index.md", "title: Welcome\nsummary: Start here.", "Read the [bird dog](exercises/bird-dog.md) page.\n")
        .WithExercise("bird-dog", "Bird dog", "related: [self-care/sleep]",
            "## Why it helps\n\nSee [sleep](../self-care/sleep.md#a-steady-routine) and [pelvic tilt](pelvic-tilt.md).\n")
        .WithExercise("pelvic-tilt", "Pelvic tilt")
        .WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [sleep]", "## A steady routine\n\nGo to bed at the same time.\n")
        .WithPage("notes/about.md", "title: About\nsummary: Who wrote this.", "Plain page.\n");

    [Fact]
    public void Build_WritesEveryPageAtItsContractPath()
    {
        var result = SmallGuide().Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var path in new[]
        {
            "index.html", "404.html", "exercises/index.html", "exercises/bird-dog.html", "exercises/pelvic-tilt.html",
            "self-care/index.html", "self-care/sleep.html", "notes/index.html", "notes/about.html", "assets/style.css",
        })
        {
            Assert.True(_site.Exists(path), $"missing output/{path}");
        }
        Assert.Equal("Bird dog", _site.Html("exercises/bird-dog.html").QuerySelector("main h1")!.TextContent);
        Assert.Equal("Bird dog · Test Guide", _site.Html("exercises/bird-dog.html").Title);
    }

    [Fact]
    public void Links_BetweenMarkdownFiles_BecomeRelativeLinksToGeneratedPages()
    {
        SmallGuide().Build();

        var hrefs = _site.Html("exercises/bird-dog.html").QuerySelectorAll("main .content a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../self-care/sleep.html#a-steady-routine", hrefs);
        Assert.Contains("pelvic-tilt.html", hrefs);
        Assert.Equal("exercises/bird-dog.html", _site.Html("index.html").QuerySelector("main .content a")!.GetAttribute("href"));
        Assert.NotNull(_site.Html("self-care/sleep.html").GetElementById("a-steady-routine"));
    }

    [Fact]
    public void EveryLinkAndAsset_IsRelative_NamesAFile_AndExists()
    {
        SmallGuide().Build();

        foreach (var page in Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_site.OutputDirectory, page);
            var html = _site.Html(relative);
            var references = html.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(url => !url.StartsWith('#') && !url.Contains("://", StringComparison.Ordinal));
            foreach (var url in references)
            {
                Assert.False(url.StartsWith('/'), $"{relative}: '{url}' is not relative");
                var file = url.Split('#', '?')[0];
                Assert.False(file.EndsWith('/') || file.Length == 0, $"{relative}: '{url}' names a folder, not a file");
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(file)));
                Assert.True(File.Exists(target), $"{relative}: '{url}' leads to a file that does not exist");
            }
        }
    }

    [Fact]
    public void EveryPage_CarriesTheDisclaimer()
    {
        SmallGuide().Build();

        foreach (var page in Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var html = _site.Html(Path.GetRelativePath(_site.OutputDirectory, page));
            Assert.Contains("General information only, not a diagnosis.", html.QuerySelector("[data-disclaimer]")?.TextContent ?? "");
        }
    }

    [Fact]
    public void FrontMatterText_IsEscaped_NeverMarkup()
    {
        _site.WithPage("notes/x.md", "title: \"<script>alert(1)</script> & <b>bold</b>\"\nsummary: \"<img src=x onerror=alert(2)>\"");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = _site.Html("notes/x.html");
        Assert.Equal("<script>alert(1)</script> & <b>bold</b>", html.QuerySelector("main h1")!.TextContent);
        Assert.Empty(html.QuerySelectorAll("main script, main img, main h1 b"));
        Assert.Equal("<img src=x onerror=alert(2)>", html.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void FolderWithOnlyInput_BuildsWithTheShippedTheme()
    {
        _site.WithPage("index.md", "title: Home");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("--accent", _site.Read("assets/style.css"), StringComparison.Ordinal);
        Assert.NotNull(_site.Html("index.html").QuerySelector("a.skip-link[href='#main']"));
        Assert.Equal("en", _site.Html("index.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Sitemap_IsWrittenOnlyWhenABaseUrlIsSet()
    {
        SmallGuide().Build();
        Assert.False(_site.Exists("sitemap.xml"));

        _site.With("input/site.yml", "title: Test Guide\nbaseUrl: https://example.org/back\n");
        _site.Build();

        var sitemap = System.Xml.Linq.XDocument.Parse(_site.Read("sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://example.org/back/exercises/bird-dog.html", locations);
        Assert.Contains("https://example.org/back/index.html", locations);
        Assert.DoesNotContain("https://example.org/back/404.html", locations);
        Assert.Equal("https://example.org/back/exercises/bird-dog.html",
            _site.Html("exercises/bird-dog.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void SectionLists_ShowEveryPage_InOrderThenTitle()
    {
        _site.WithPage("notes/b.md", "title: Beta\norder: 2")
            .WithPage("notes/a.md", "title: Alpha\norder: 1")
            .WithPage("notes/c.md", "title: Aardvark");

        _site.Build();

        var titles = _site.Html("notes/index.html").QuerySelectorAll("main .item > a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Alpha", "Beta", "Aardvark"], titles);
    }

    [Fact]
    public void BuildingTwice_GivesByteIdenticalOutput()
    {
        SmallGuide().Build();
        var first = _site.Snapshot();

        _site.Build();

        Assert.Equal(first, _site.Snapshot());
    }

    [Fact]
    public void AFolderOf4000PlainPages_Builds()
    {
        for (var i = 0; i < 4000; i++)
        {
            _site.WithPage($"notes/page-{i:D4}.md", $"title: Page {i}\nsummary: Summary of page {i}.", $"## Part one\n\nText of page {i}.\n");
        }

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        Assert.Equal(4000, Directory.EnumerateFiles(Path.Combine(_site.OutputDirectory, "notes"), "page-*.html").Count());
        Assert.Equal(4000, _site.Html("notes/index.html").QuerySelectorAll("main .item > a").Length);
    }
}
