using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>Raw HTML in a page is text unless the site owner opts in with <c>rawHtml: true</c> in site.yml.</summary>
public sealed class RawHtmlTests : IDisposable
{
    private const string Body = "<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> and <iframe srcdoc=\"x\"></iframe>.\n\n<details ontoggle=alert(3)><summary>More</summary>Hidden.</details>\n";

    private readonly TestSite _site = new TestSite().WithPage("notes/a.md", "title: A", Body);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ByDefault_RawHtmlIsShownAsText_OnThePageAndInPrint()
    {
        Assert.True(_site.Build().Succeeded);

        foreach (var page in new[] { "notes/a.html", "print.html" })
        {
            var html = _site.Html(page);
            Assert.Empty(html.QuerySelectorAll("main script, main img, main iframe, main details, [onerror], [ontoggle]"));
            Assert.Contains("<script>alert(1)</script>", html.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WhenTheOwnerOptsIn_RawHtmlIsPassedThrough()
    {
        _site.With("input/site.yml", "title: T\nrawHtml: true\n");

        Assert.True(_site.Build().Succeeded);

        var html = _site.Html("notes/a.html");
        Assert.NotNull(html.QuerySelector("main details summary"));
        Assert.NotNull(html.QuerySelector("main script"));
    }
}
