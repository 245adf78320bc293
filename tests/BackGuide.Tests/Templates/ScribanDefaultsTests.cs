using BackGuide.Diagnostics;
using BackGuide.Templates;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>
/// Scriban's defaults that would break a real site, each set on purpose by the engine: a test per default, through a
/// small theme override and a real build.
/// </summary>
public sealed class ScribanDefaultsTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("notes/a.md", "title: Alpha\nsummary: First.", "Body.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AnEmptyListAndAnEmptyString_AreFalse()
    {
        _site.With("input/_theme/templates/page.sbn-html",
            "<p id=\"toc\">{{ if toc }}has{{ else }}none{{ end }}</p><p id=\"text\">{{ if site.base_url }}has{{ else }}none{{ end }}</p><p id=\"topics\">{{ if topics }}has{{ else }}none{{ end }}</p>");

        Assert.True(_site.Build().Succeeded);

        var html = _site.Html("notes/a.html");
        Assert.Equal("none", html.QuerySelector("#toc")!.TextContent);
        Assert.Equal("none", html.QuerySelector("#text")!.TextContent);
        Assert.Equal("none", html.QuerySelector("#topics")!.TextContent);
    }

    [Fact]
    public void AListOfFiveThousandPages_IsRenderedWhole()
    {
        for (var i = 0; i < 5000; i++)
        {
            _site.WithPage($"many/p{i:D4}.md", $"title: Page {i}");
        }

        Assert.True(_site.Build().Succeeded);

        Assert.Equal(5000, _site.Html("many/index.html").QuerySelectorAll("main a[href^='p']").Length);
    }

    [Fact]
    public void AVeryLongPrintDocument_IsNotCutShort()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Long words for a long page. ", 40)) + "\n\n";
        for (var i = 0; i < 12; i++)
        {
            _site.WithPage($"long/p{i:D2}.md", $"title: Long {i}", string.Concat(Enumerable.Repeat(paragraph, 200)) + $"End of page {i}.\n");
        }

        Assert.True(_site.Build().Succeeded);

        var print = _site.Read("print.html");
        Assert.True(print.Length > 2_000_000, $"print.html is {print.Length} characters");
        Assert.Contains("End of page 11.", print, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", print, StringComparison.Ordinal);
    }

    [Fact]
    public void PreformattedText_KeepsItsIndentation_AndLinesEndInNewlineOnly()
    {
        _site.WithPage("notes/code.md", "title: Code", "    first\n      indented\n        more\n");

        Assert.True(_site.Build().Succeeded);

        var text = _site.Read("notes/code.html");
        Assert.Contains("<pre><code>first\n  indented\n    more\n</code></pre>", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void AFailedRender_LeavesNothingInTheNextPage()
    {
        // The partial writes, then fails on one page; the next page rendered must not carry the half-written text.
        _site.With("theme/partials/footer.sbn-html", "<footer>PARTIAL {{ if page.title == 'Bad' }}{{ page.title | string.nope }}{{ end }}</footer>");
        var engine = ScribanTemplateEngine.Load(new Theme([Path.Combine(_site.Root, "theme")]), new DiagnosticBag());

        Assert.Throws<TemplateException>(() => engine.Render("layout", TemplateModels.Page(title: "Bad", body: "<p>b</p>")));
        var next = engine.Render("layout", TemplateModels.Page(title: "Good", body: "<p>g</p>"));

        Assert.Equal(1, next.Split("PARTIAL").Length - 1);
        Assert.Contains("<footer>PARTIAL </footer>", next, StringComparison.Ordinal);
    }
}
