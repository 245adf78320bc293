using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Cards;

/// <summary>Cards printed by Chromium to PDF: one page per card, four cards per sheet, a routine of one's own.</summary>
public sealed class CardPrintingTests(ShippedGuide guide, BrowserSession session, OncePerClass once)
    : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>, IClassFixture<OncePerClass>
{
    private string GuideOutput()
    {
        Assert.True(guide.Result.Succeeded, string.Join('\n', guide.Result.Diagnostics));
        return guide.OutputDirectory;
    }

    /// <summary>
    /// A site of 60 exercises whose steps are long, to prove long cards shrink rather than spill: built once, and its
    /// sheet and three of its cards each opened once and printed on A4 and Letter; the sheets printed, by file and paper.
    /// </summary>
    private Task<Dictionary<string, int>> LongStepsPrinted() => once.GetAsync("long steps", async () =>
    {
        using var site = new TestSite();
        var longStep = string.Join(' ', Enumerable.Repeat("Move slowly and keep breathing evenly while you hold the position without any strain.", 3));
        for (var i = 1; i <= 60; i++)
        {
            var steps = string.Join('\n', Enumerable.Range(1, 9).Select(n => $"  - \"Step {n}: {longStep}\""));
            site.WithPage($"exercises/exercise-{i:D2}.md",
                $"title: Exercise {i:D2}\nsummary: A long one.\ncategory: stretch\ntargets: [lower back]\nposition: lying\nequipment: []\ndifficulty: easy\n" +
                $"dose:\n  hold: 15–30 seconds\n  reps: 8–12\n  sets: 2–3\n  sides: each side\n  frequency: twice a day\nsteps:\n{steps}\ncautions:\n  - \"{longStep}\"\n  - \"{longStep}\"");
        }
        Assert.True(site.Build().Succeeded);
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in (string[])["index", "exercise-01", "exercise-30", "exercise-60"])
        {
            var pdfs = await PrintedEach(Path.Combine(site.OutputDirectory, "cards", file + ".html"), "", "A4", "Letter");
            printed[$"{file} A4"] = PdfPages.Count(pdfs[0]);
            printed[$"{file} Letter"] = PdfPages.Count(pdfs[1]);
        }
        return printed;
    });

    private async Task<int> PrintedPages(string file, string? format = null, string query = "") =>
        PdfPages.Count((await PrintedEach(file, query, format))[0]);

    /// <summary>
    /// Opens the file once and prints it on each paper (null: the page's own size, A6 for a card), as Ctrl+P does: the
    /// page's "beforeprint" handlers run first.
    /// </summary>
    private async Task<byte[][]> PrintedEach(string file, string query, params string?[] formats)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(file) + query);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
        var pdfs = new byte[formats.Length][];
        for (var i = 0; i < formats.Length; i++)
        {
            pdfs[i] = await page.PdfAsync(new PagePdfOptions { Format = formats[i], PreferCSSPageSize = formats[i] is null, PrintBackground = true });
        }
        await page.Context.CloseAsync();
        return pdfs;
    }

    [BrowserFact]
    public async Task EveryCardOfTheShippedGuide_PrintsOnExactlyOnePage_OfA6AtItsOwnSize()
    {
        var output = GuideOutput();
        var cards = Directory.EnumerateFiles(Path.Combine(output, "cards"), "*.html").Where(f => !f.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cards);
        // Three cards at a time: the browser prints one while the next is laid out.
        await Parallel.ForEachAsync(cards, new ParallelOptions { MaxDegreeOfParallelism = 3 }, async (card, _) =>
        {
            var pdfs = await PrintedEach(card, "", null, "A4", "Letter");
            var (width, height) = Assert.Single(PdfPages.SizesInMm(pdfs[0]));
            Assert.True(Math.Abs(width - 105) < 0.5 && Math.Abs(height - 148) < 0.5, $"{Path.GetFileName(card)} prints on {width:0.0} × {height:0.0} mm, not A6");
            Assert.True(PdfPages.Count(pdfs[1]) == 1, $"{Path.GetFileName(card)} does not print on one A4 page");
            Assert.True(PdfPages.Count(pdfs[2]) == 1, $"{Path.GetFileName(card)} does not print on one Letter page");
        });
    }

    /// <summary>The sheet's cut lines give the cards its text promises: A6 on A4 paper, 105 × 139.5 mm on Letter.</summary>
    [BrowserTheory]
    [InlineData(210, 297, 148)]
    [InlineData(215.9, 279.4, 139.5)]
    public async Task TheCardSheet_CutsCardsOfTheSizeItsTextStates(double paperWidth, double paperHeight, double cardHeight)
    {
        var sheet = Path.Combine(GuideOutput(), "cards", "index.html");
        var page = await session.NewPageAsync();
        await page.SetViewportSizeAsync((int)Math.Round(paperWidth * 96 / 25.4), (int)Math.Round(paperHeight * 96 / 25.4));
        await page.GotoAsync(BrowserSession.FileUrl(sheet));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var sizes = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('.card-sheet .card')].map(c => c.getBoundingClientRect()).map(r => [r.width * 25.4 / 96, r.height * 25.4 / 96])");
        var text = await page.TextContentAsync("[data-cards-index] .summary");
        await page.Context.CloseAsync();

        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(Math.Abs(size[0] - 105) < 0.3 && Math.Abs(size[1] - cardHeight) < 0.5,
            $"a card on {paperWidth} × {paperHeight} mm paper is {size[0]:0.0} × {size[1]:0.0} mm"));
        Assert.Contains($"105 × {cardHeight} mm", text, StringComparison.Ordinal);
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task TheCardSheetOfTheShippedGuide_PrintsFourCardsToASheet(string format)
    {
        var output = GuideOutput();
        var cards = Directory.EnumerateFiles(Path.Combine(output, "cards"), "*.html").Count(f => !f.EndsWith("index.html", StringComparison.Ordinal));

        // The sheet is opened (and its cards fitted) once, and printed on both papers.
        var printed = await once.GetAsync("sheet", () => PrintedEach(Path.Combine(output, "cards", "index.html"), "", "A4", "Letter"));

        Assert.Equal((cards + 3) / 4, PdfPages.Count(printed[format == "A4" ? 0 : 1]));
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task SixtyCardsWithLongSteps_PrintOnFifteenSheets_AndEachCardOnOnePage(string format)
    {
        var printed = await LongStepsPrinted();

        Assert.Equal(15, printed[$"index {format}"]);
        foreach (var slug in new[] { "exercise-01", "exercise-30", "exercise-60" })
        {
            Assert.Equal(1, printed[$"{slug} {format}"]);
        }
    }

    [BrowserFact]
    public async Task Only_SelectsAndOrdersTheCards_AndPrintsJustThose()
    {
        var sheet = Path.Combine(GuideOutput(), "cards", "index.html");
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(sheet) + "?only=wall-sit,bird-dog,cat-cow,pelvic-tilt,sphinx");
        var shown = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('[data-card]')].filter(c => c.offsetParent !== null).map(c => c.getAttribute('data-card'))");

        Assert.Equal(["wall-sit", "bird-dog", "cat-cow", "pelvic-tilt", "sphinx"], shown);
        Assert.Equal(2, await PrintedPages(sheet, "A4", "?only=wall-sit,bird-dog,cat-cow,pelvic-tilt,sphinx"));
    }

    [BrowserTheory]
    [InlineData("?only=bird-dgo,sphinx", "There is no card called \u201cbird-dgo\u201d (did you mean \u201cbird-dog\u201d?). Showing the others.", new[] { "sphinx" })]
    [InlineData("?only=nothing-like-it", "There is no card called \u201cnothing-like-it\u201d. Showing all the cards.", null)]
    public async Task Only_WithAnUnknownName_SaysWhichAndNeverShowsABlankSheet(string query, string message, string[]? expected)
    {
        var sheet = Path.Combine(GuideOutput(), "cards", "index.html");
        var page = await session.NewPageAsync();

        await page.GotoAsync(BrowserSession.FileUrl(sheet) + query);
        var shown = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('[data-card]')].filter(c => c.offsetParent !== null).map(c => c.getAttribute('data-card'))");

        Assert.Equal(message, (await page.TextContentAsync("[data-only-unknown]"))?.Trim());
        Assert.True(await page.Locator("[data-only-unknown]").IsVisibleAsync());
        if (expected is null)
        {
            Assert.True(shown.Length > 10, $"all cards should be shown, found {shown.Length}");
        }
        else
        {
            Assert.Equal(expected, shown);
        }
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task TheRoutine_SurvivesAReloadFromDisk_AndBuildsThePrintLink()
    {
        var output = GuideOutput();
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(output, "exercises", "index.html")));

        await page.ClickAsync("[data-routine-add='pelvic-tilt']");
        await page.ClickAsync("[data-routine-add='bird-dog']");
        await page.ReloadAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(output, "exercises", "sphinx.html")));
        await page.ClickAsync("[data-routine-add='sphinx']");
        await page.ReloadAsync();

        var pressed = await page.GetAttributeAsync("[data-routine-add='sphinx']", "aria-pressed");
        var link = await page.GetAttributeAsync("[data-routine-print]", "href");
        Assert.Equal("true", pressed);
        Assert.EndsWith("cards/index.html?only=pelvic-tilt,bird-dog,sphinx", link, StringComparison.Ordinal);

        await page.ClickAsync("[data-routine-print]");
        await page.WaitForURLAsync("**/cards/index.html?only=*"); // and its load event, so the sheet's script has run
        var shown = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('[data-card]')].filter(c => c.offsetParent !== null).map(c => c.getAttribute('data-card'))");
        Assert.Equal(["pelvic-tilt", "bird-dog", "sphinx"], shown);
    }
}
