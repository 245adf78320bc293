using BackGuide.Tests.Support;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace BackGuide.Tests.Cards;

/// <summary>Cards printed by Firefox to PDF, from file://: one page per card, four cards to a sheet, and a routine of one's own.</summary>
public sealed class FirefoxCardPrintingTests(ShippedGuide guide, FirefoxSession firefox) : IClassFixture<ShippedGuide>, IClassFixture<FirefoxSession>
{
    private string Sheet => Path.Combine(guide.OutputDirectory, "cards", "index.html");

    private List<string> CardFiles =>
        Directory.EnumerateFiles(Path.Combine(guide.OutputDirectory, "cards"), "*.html").Where(f => Path.GetFileName(f) != "index.html").Order(StringComparer.Ordinal).ToList();

    [FirefoxFact]
    public async Task EveryCardOfTheShippedGuide_PrintsOnExactlyOnePage_OfA6AndOfA4()
    {
        Assert.NotEmpty(CardFiles);
        foreach (var card in CardFiles)
        {
            var pages = await firefox.PrintedPagesAsync(card, "", PaperFormat.A6, PaperFormat.A4);
            Assert.True(pages is [1, 1], $"{Path.GetFileName(card)} printed on {pages[0]} A6 and {pages[1]} A4 pages");
        }
    }

    [FirefoxFact]
    public async Task TheCardSheetOfTheShippedGuide_PrintsFourCardsToASheet_OfA4AndOfLetter()
    {
        var sheets = (CardFiles.Count + 3) / 4;

        var printed = await firefox.PrintedPagesAsync(Sheet, "", PaperFormat.A4, PaperFormat.Letter);

        Assert.Equal(new[] { sheets, sheets }, printed);
    }

    [FirefoxFact]
    public async Task Only_PrintsJustThoseCards()
    {
        var printed = await firefox.PrintedPagesAsync(Sheet, "?only=wall-sit,bird-dog,cat-cow,pelvic-tilt,sphinx", PaperFormat.A4);

        Assert.Equal(2, Assert.Single(printed));
    }

    [FirefoxFact]
    public async Task TheRoutine_SurvivesAReloadFromDisk_AndBuildsThePrintLink()
    {
        var page = await firefox.OpenAsync(Path.Combine(guide.OutputDirectory, "exercises", "index.html"));

        await page.ClickAsync("[data-routine-add='pelvic-tilt']");
        await page.ClickAsync("[data-routine-add='bird-dog']");
        await page.ReloadAsync();
        await page.GoToAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "exercises", "sphinx.html")));
        await page.ClickAsync("[data-routine-add='sphinx']");
        await page.ReloadAsync();

        var pressed = await page.EvaluateExpressionAsync<string>("document.querySelector(\"[data-routine-add='sphinx']\").getAttribute('aria-pressed')");
        var link = await page.EvaluateExpressionAsync<string>("document.querySelector('[data-routine-print]').getAttribute('href')");
        Assert.Equal("true", pressed);
        Assert.EndsWith("cards/index.html?only=pelvic-tilt,bird-dog,sphinx", link, StringComparison.Ordinal);

        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("[data-routine-print]"));
        var shown = await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('[data-card]')].filter(c => c.offsetParent !== null).map(c => c.getAttribute('data-card'))");
        Assert.Equal(["pelvic-tilt", "bird-dog", "sphinx"], shown);
    }
}
