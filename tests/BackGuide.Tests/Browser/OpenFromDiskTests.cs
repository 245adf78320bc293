using BackGuide.Tests.Support;

namespace BackGuide.Tests.Browser;

public sealed class OpenFromDiskTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home", "Go to [alpha](notes/a.md).\n")
        .WithPage("notes/a.md", "title: Alpha");

    public void Dispose() => _site.Dispose();

    [BrowserFact]
    public async Task ASiteOpenedFromDisk_IsStyled_AndItsLinksWork()
    {
        _site.Build();
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "index.html")));
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        await page.ClickAsync("main .content a");

        Assert.Equal("rgb(251, 250, 247)", background); // the theme's stylesheet loaded from disk
        Assert.EndsWith("/notes/a.html", page.Url, StringComparison.Ordinal);
        Assert.Equal("Alpha", await page.TextContentAsync("main h1"));
    }
}
