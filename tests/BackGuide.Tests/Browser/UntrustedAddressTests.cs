using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Browser;

/// <summary>
/// Odd text in folder names and in the address bar, in a real browser from file://: a folder named like a script URL
/// stays a path in search results, and a malformed query string leaves every page's controls working.
/// </summary>
public sealed class UntrustedAddressTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("javascript:window.pwned=1;void(0)/a.md", "title: Xyzzy in a script-like folder", "Body.")
        .WithPage("a#b?c/b.md", "title: Xyzzy in a folder with hash and question mark", "Body.")
        .WithPage("exercises/bird-dog.md", TestSite.Exercise("Bird dog"));

    public void Dispose() => _site.Dispose();

    [BrowserFact]
    public async Task ASearchResultInAnOddlyNamedFolder_IsAPathThatOpensThePage_AndRunsNothing()
    {
        Assert.True(_site.Build().Succeeded);
        var index = new BackGuide.Tests.Search.SearchIndexFile(_site.OutputDirectory);
        Assert.Contains("javascript%3Awindow.pwned%3D1%3Bvoid%280%29/a.html", index.Urls);
        Assert.Contains("a%23b%3Fc/b.html", index.Urls);

        var page = await session.NewPageAsync();
        var errors = Collect(page);
        foreach (var title in new[] { "Xyzzy in a script-like folder", "Xyzzy in a folder with hash and question mark" })
        {
            await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "search.html")) + "?q=xyzzy");
            var link = page.Locator("[data-search-page-results] .search-result a", new() { HasText = title });
            await link.WaitForAsync();
            Assert.StartsWith("file://", await link.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
            await link.ClickAsync();
            await page.WaitForLoadStateAsync();
            Assert.Equal(title, await page.TextContentAsync("main h1"));
            Assert.False(await page.EvaluateAsync<bool>("'pwned' in window"));
        }
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "search.html")) + "?q=xyzzy");
        await page.Locator("[data-search-page-results] .search-result").First.WaitForAsync();
        var shown = await page.EvalOnSelectorAllAsync<string[]>(".search-result__url", "ps => ps.map(p => p.textContent)");
        Assert.Contains("a#b?c/b.html", shown);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData("cards/index.html?only=%", "[data-card=bird-dog]")]
    [InlineData("cards/index.html?only=%E0%A4%A", "[data-card=bird-dog]")]
    [InlineData("exercises/index.html?position=%0A", "[data-filters]")]
    [InlineData("exercises/index.html?position=%22%5D%20*%20%5B", "[data-filters]")]
    [InlineData("search.html?q=%", "[data-search-page-input]")]
    public async Task AMalformedQueryString_LeavesThePageWorking(string address, string visible)
    {
        Assert.True(_site.Build().Succeeded);
        var page = await session.NewPageAsync();
        var errors = Collect(page);
        var question = address.IndexOf('?', StringComparison.Ordinal);

        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, address[..question])) + address[question..]);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(errors);
        Assert.True(await page.Locator(visible).First.IsVisibleAsync(), $"{visible} should be shown on {address}");
        await page.Context.CloseAsync();
    }

    private static List<string> Collect(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }
}
