using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Browser;

/// <summary>The header, the first screen and the routine bar of the shipped guide, measured in Chromium from file://.</summary>
public sealed class PageChromeLayoutTests(ShippedGuide guide, BrowserSession session, OncePerClass once)
    : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>, IClassFixture<OncePerClass>
{
    private static readonly string[] Pages = ["index.html", "exercises/index.html", "exercises/bird-dog.html", "guide/see-a-doctor.html", "cards/index.html", "avoid.html", "search.html"];

    private async Task<IPage> Open(string path, int width, int height)
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Light, ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, path)));
        return page;
    }

    private static Task<double> HeaderHeight(IPage page) => page.EvalOnSelectorAsync<double>(".site-header", "h => h.getBoundingClientRect().height");

    /// <summary>The header of one page: its height on a phone in light and dark, whether the menu fits there, and its height on a desktop.</summary>
    private sealed record Header(double PhoneLight, double PhoneDark, bool MenuOverflowsLight, bool MenuOverflowsDark, double Desktop);

    /// <summary>
    /// Each page opened once and measured as a phone in light and dark (the schemes differ only in CSS, so emulating
    /// the other one restyles the same page), then as a desktop: a page load takes seconds on a busy machine.
    /// </summary>
    private Task<Dictionary<string, Header>> HeadersOfEveryPage() => once.GetAsync("headers", async () =>
    {
        var headers = new Dictionary<string, Header>(StringComparer.Ordinal);
        foreach (var path in Pages)
        {
            var page = await Open(path, 390, 844);
            var light = await HeaderHeight(page);
            var lightOverflow = await MenuOverflows(page);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            var dark = await HeaderHeight(page);
            var darkOverflow = await MenuOverflows(page);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
            await page.SetViewportSizeAsync(1366, 900);
            headers[path] = new Header(light, dark, lightOverflow, darkOverflow, await HeaderHeight(page));
            await page.Context.CloseAsync();
        }
        return headers;
    });

    private static Task<bool> MenuOverflows(IPage page) => page.EvalOnSelectorAsync<bool>(".site-nav", "n => n.scrollWidth > n.clientWidth + 1");

    [BrowserFact]
    public async Task OnAPhone_TheHeaderTakesAtMostAbout15PercentOfTheScreen_AndEveryMenuItemFits()
    {
        var headers = await HeadersOfEveryPage();

        foreach (var path in Pages)
        {
            var header = headers[path];
            foreach (var (scheme, height, overflow) in new[] { ("light", header.PhoneLight, header.MenuOverflowsLight), ("dark", header.PhoneDark, header.MenuOverflowsDark) })
            {
                Assert.True(height <= 0.15 * 844, $"{path} ({scheme}): header {height} px of 844");
                Assert.False(overflow, $"{path} ({scheme}): the menu is wider than the phone");
            }
        }
    }

    [BrowserFact]
    public async Task OnADesktop_TheHeaderHasTheSameHeightOnEveryPage()
    {
        var heights = (await HeadersOfEveryPage()).ToDictionary(h => h.Key, h => h.Value.Desktop);

        Assert.True(heights.Values.Distinct().Count() == 1, string.Join(", ", heights.Select(h => $"{h.Key}: {h.Value}")));
    }

    [BrowserFact]
    public async Task OnAPhone_TheExerciseListShowsItsFirstExerciseOnTheFirstScreen()
    {
        var page = await Open("exercises/index.html", 390, 844);
        await page.WaitForSelectorAsync("form[data-filters]:not([hidden])");
        var bottom = await page.EvalOnSelectorAsync<double>("main .group .item > a", "a => a.getBoundingClientRect().bottom");
        var facetLinksBeforeList = await page.EvaluateAsync<bool>(
            "() => { const f = document.querySelector('main .facet-links'); return !!f && !!(f.compareDocumentPosition(document.querySelector('main .group')) & Node.DOCUMENT_POSITION_FOLLOWING); }");
        await page.Context.CloseAsync();

        Assert.True(bottom <= 844, $"the first exercise's link ends at {bottom} px");
        Assert.False(facetLinksBeforeList);
    }

    [BrowserFact]
    public async Task TheRoutineBar_CountsInWords_StaysOnScreen_DoesNotMoveTheSteps_AndClearingCanBeUndone()
    {
        var page = await Open("exercises/bird-dog.html", 390, 844);
        var stepsBefore = await page.EvalOnSelectorAsync<double>("section.steps", "s => s.getBoundingClientRect().top");
        await page.ClickAsync("[data-routine-add='bird-dog']");
        var one = await page.TextContentAsync("[data-routine-count]");
        var stepsAfter = await page.EvalOnSelectorAsync<double>("section.steps", "s => s.getBoundingClientRect().top");
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        var barOnScreen = await page.EvalOnSelectorAsync<bool>("[data-routine-bar]", "b => { const r = b.getBoundingClientRect(); return r.height > 0 && r.bottom <= innerHeight + 1 && r.top >= 0; }");
        await page.ClickAsync("[data-routine-clear]");
        var cleared = await page.EvaluateAsync<int>("() => window.BackGuideRoutine.slugs().length");
        await page.ClickAsync("[data-routine-undo]");
        var back = await page.EvaluateAsync<string[]>("() => window.BackGuideRoutine.slugs()");
        var after = await page.TextContentAsync("[data-routine-count]");
        await page.Context.CloseAsync();

        Assert.Equal("My routine: 1 exercise", one);
        Assert.Equal(stepsBefore, stepsAfter);
        Assert.True(barOnScreen);
        Assert.Equal(0, cleared);
        Assert.Equal(["bird-dog"], back);
        Assert.Equal("My routine: 1 exercise", after);
    }

    [BrowserFact]
    public async Task OnAWideScreen_TheContentsStandBesideTheText()
    {
        var page = await Open("guide/see-a-doctor.html", 1366, 900);
        var toc = await page.EvalOnSelectorAsync<double>(".toc", "t => t.getBoundingClientRect().left");
        var text = await page.EvalOnSelectorAsync<double>("main .content", "c => c.getBoundingClientRect().right");
        var fits = await page.EvalOnSelectorAsync<bool>(".toc", "t => t.getBoundingClientRect().right <= innerWidth");
        await page.Context.CloseAsync();

        Assert.True(toc >= text, $"contents at {toc} px, text ends at {text} px");
        Assert.True(fits);
    }
}
