using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Search;

/// <summary>The search box and search.html as a reader uses them: in Chromium, from file://, with the keyboard and the mouse.</summary>
public sealed class SearchInterfaceTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    private const string Box = "header [data-search-input]";

    [BrowserFact]
    public async Task AnOrdinaryPage_LoadsTheIndex_OnlyWhenTheReaderTurnsToSearch()
    {
        var page = await OpenAsync("exercises/bird-dog.html");

        var before = await page.EvaluateAsync<bool>("'BackGuideSearchIndex' in window");
        await page.FocusAsync(Box);
        await page.WaitForFunctionAsync("'BackGuideSearchIndex' in window");

        Assert.False(before);
    }

    [BrowserFact]
    public async Task TypingInTheBox_ShowsResults_AndClickingOneOpensIt()
    {
        var page = await OpenAsync("guide/safety-first.html");

        await page.ClickAsync(Box);
        await page.Keyboard.TypeAsync("hamstrng");
        var first = page.Locator("#search-q-results [role=option]").First;
        await first.WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync(Box, "aria-expanded"));
        Assert.Contains("Hamstring stretch", await first.TextContentAsync(), StringComparison.Ordinal);
        await first.ClickAsync();

        await page.WaitForURLAsync("**/exercises/hamstring-stretch.html");
        Assert.Equal("Hamstring stretch with a towel", await page.TextContentAsync("main h1"));
    }

    [BrowserFact]
    public async Task ArrowsMoveThroughResults_EnterOpensTheChosenOne_EscapeCloses()
    {
        var page = await OpenAsync("index.html");

        await page.ClickAsync(Box);
        await page.Keyboard.TypeAsync("knee to chest");
        await page.Locator("#search-q-results [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await page.GetAttributeAsync(Box, "aria-expanded"));
        Assert.True(await page.Locator("#search-q-results").IsHiddenAsync());

        await page.Keyboard.PressAsync("ArrowDown"); // reopens
        await page.Locator("#search-q-results [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowUp");
        var chosen = page.Locator("#search-q-results [role=option]").First;
        await Assertions.Expect(chosen).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Locator(Box)).ToHaveAttributeAsync("aria-activedescendant", (await chosen.GetAttributeAsync("id"))!);
        var href = await chosen.Locator("a").GetAttributeAsync("href");

        var navigation = page.WaitForURLAsync("**/" + href);
        await page.Keyboard.PressAsync("Enter");
        await navigation;

        Assert.EndsWith("/" + href, page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task EnterWithoutAChoice_GoesToSearchHtml_WithHighlightedSnippets()
    {
        var page = await OpenAsync("self-care/sleep.html");

        await page.ClickAsync(Box);
        await page.Keyboard.TypeAsync("towel stretch");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/search.html?q=towel+stretch");
        var first = page.Locator("[data-search-page-results] .search-result").First;
        await first.WaitForAsync();
        Assert.Equal("Hamstring stretch with a towel", await first.Locator("h2").TextContentAsync());
        Assert.Equal("towel stretch", await page.InputValueAsync("[data-search-page-input]"));
        var marks = await page.Locator("[data-search-page-results] mark").AllTextContentsAsync();
        Assert.Contains(marks, m => m.Equals("stretch", StringComparison.OrdinalIgnoreCase) || m.Equals("stretches", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("towel", marks.Select(m => m.ToLowerInvariant()));
    }

    [BrowserFact]
    public async Task NoResults_SaysSo_SuggestsKnownWords_AndOffersTheSections()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "search.html")) + "?q=hamstrxqz");

        var empty = page.Locator("[data-search-empty]");
        await empty.WaitForAsync();
        Assert.Contains("No pages match", await page.TextContentAsync("[data-search-page-status]"), StringComparison.Ordinal);
        Assert.Equal("hamstring", await page.TextContentAsync("[data-search-suggestion-list] a"));
        Assert.Contains("Exercises", await empty.Locator("a").AllTextContentsAsync());
        await page.ClickAsync("[data-search-suggestion-list] a");
        await page.Locator("[data-search-page-results] .search-result").First.WaitForAsync();
        Assert.True(await empty.IsHiddenAsync());
    }

    [BrowserFact]
    public async Task AMovementToAvoid_OnSearchHtml_IsMarkedInWords_AndLinksWhatToDoInstead()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "search.html")) + "?q=toe+touch");

        var first = page.Locator("[data-search-page-results] .search-result").First;
        await first.WaitForAsync();
        Assert.Equal("Standing toe touches", await first.Locator("h2").TextContentAsync());
        var note = first.Locator(".search-result__avoid");
        Assert.StartsWith("Movement to avoid. Do this instead: Hamstring stretch with a towel", await note.TextContentAsync(), StringComparison.Ordinal);
        await note.Locator("a").ClickAsync();
        await page.WaitForURLAsync("**/exercises/hamstring-stretch.html");
    }

    [BrowserFact]
    public async Task AMovementToAvoid_InTheBox_IsMarkedInWords_AndItsSaferChoiceIsTheNextOption()
    {
        var page = await OpenAsync("index.html");

        await page.ClickAsync(Box);
        await page.Keyboard.TypeAsync("sit ups");
        var options = page.Locator("#search-q-results [role=option]");
        await options.First.WaitForAsync();

        Assert.Equal("Full sit-ups", await options.Nth(0).Locator("a").TextContentAsync());
        Assert.Equal("Movement to avoid.", await options.Nth(0).Locator(".search-box__avoid").TextContentAsync());
        Assert.Equal("Do this instead: Partial crunch", await options.Nth(1).Locator("a").TextContentAsync());
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var navigation = page.WaitForURLAsync("**/exercises/partial-crunch.html");
        await page.Keyboard.PressAsync("Enter");
        await navigation;
    }

    [BrowserFact]
    public async Task AMisspeltQuery_SaysWhatWasSearched()
    {
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "search.html")) + "?q=hamstrng");

        await page.Locator("[data-search-page-results] .search-result").First.WaitForAsync();
        var status = page.Locator("[data-search-page-status]");
        Assert.StartsWith("Showing results for hamstring (you typed “hamstrng”):", await status.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("hamstring", await status.Locator("em").TextContentAsync());
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, path)));
        return page;
    }
}
