using AngleSharp.Dom;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Printing;

/// <summary>
/// print.html, the whole shipped guide, printed by Chromium on A4 and Letter and read back page by page: numbered
/// sheets, no blank one, each page numbered as the contents number it, warnings beside their titles, pictures in.
/// </summary>
public sealed class PrintDocumentTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    // Printing the whole guide takes seconds; each paper size is printed once for all the tests of the class.
    private static readonly Dictionary<string, IReadOnlyList<string>> Printed = new(StringComparer.Ordinal);

    private async Task<IReadOnlyList<string>> PagesOn(string format)
    {
        var key = guide.OutputDirectory + "|" + format;
        if (!Printed.TryGetValue(key, out var pages))
        {
            pages = PdfPages.Texts(await session.PrintAsync(Path.Combine(guide.OutputDirectory, "print.html"), format));
            Printed[key] = pages;
        }
        return pages;
    }

    /// <summary>
    /// Each page of the document with the number the contents give it ("3.2", part 3's second page) and its title; the
    /// page that opens a part has the part's number ("3") and the part's title, as the contents list it.
    /// </summary>
    private List<(string Number, string Title, IElement Page)> NumberedPages()
    {
        var result = new List<(string, string, IElement)>();
        var parts = guide.Html("print.html").QuerySelectorAll(".print-part");
        for (var part = 0; part < parts.Length; part++)
        {
            var page = 0;
            foreach (var element in parts[part].QuerySelectorAll(".print-page"))
            {
                result.Add(element.ClassList.Contains("print-page--opens-part")
                    ? ($"{part + 1}", parts[part].GetAttribute("aria-label")!, element)
                    : ($"{part + 1}.{++page}", PdfPages.Flatten(element.QuerySelector("header h1")!.TextContent), element));
            }
        }
        return result;
    }

    /// <summary>The sheet on which a page's numbered title is printed, after the contents (sheet 2) list it.</summary>
    private static int SheetOfTitle(IReadOnlyList<string> pages, string number, string title)
    {
        var heading = $"{number} {title}";
        Assert.True(pages[1].Contains(heading, StringComparison.Ordinal), $"the contents (sheet 2) do not list \"{heading}\"");
        var sheet = Enumerable.Range(2, pages.Count - 2).FirstOrDefault(i => pages[i].Contains(heading, StringComparison.Ordinal));
        Assert.True(sheet >= 2, $"\"{heading}\" is not printed after the contents");
        return sheet;
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task EverySheet_CarriesItsNumber_AndNoSheetIsBlank(string format)
    {
        var pages = await PagesOn(format);

        Assert.True(pages.Count > 10, $"only {pages.Count} sheets");
        for (var i = 0; i < pages.Count; i++)
        {
            var number = $"{i + 1} / {pages.Count}";
            Assert.True(pages[i].StartsWith(number + " ", StringComparison.Ordinal), $"sheet {i + 1} does not carry its number \"{number}\": {pages[i][..Math.Min(60, pages[i].Length)]}…");
            Assert.True(pages[i].Length - number.Length > 100, $"sheet {i + 1} of {pages.Count} is (nearly) blank: \"{pages[i]}\"");
        }
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task EveryPage_IsListedInTheContents_AndPrintedUnderTheSameNumber(string format)
    {
        var pages = await PagesOn(format);

        foreach (var (number, title, page) in NumberedPages())
        {
            if (number.Contains('.', StringComparison.Ordinal))
            {
                SheetOfTitle(pages, number, title);
            }
            else
            {
                // A part's opening page: listed by the part's title, printed under the title of its first page.
                Assert.Contains($"{number} {title}", pages[1], StringComparison.Ordinal);
                var heading = $"{number} {PdfPages.Flatten(page.QuerySelector("header h1")!.TextContent)}";
                Assert.Contains(pages.Skip(2), sheet => sheet.Contains(heading, StringComparison.Ordinal));
            }
        }
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task AMovementToAvoid_PrintsItsBanner_AfterItsOwnTitle_OnTheSameSheet(string format)
    {
        var pages = await PagesOn(format);
        var avoided = NumberedPages().Where(p => p.Page.QuerySelector(".banner--avoid") is not null).ToList();

        Assert.True(avoided.Count >= 3, $"only {avoided.Count} movements to avoid in print.html");
        foreach (var (number, title, page) in avoided)
        {
            var sheet = SheetOfTitle(pages, number, title);
            var banner = PdfPages.Flatten(page.QuerySelector(".banner--avoid p")!.TextContent);
            var at = pages[sheet].IndexOf(banner, StringComparison.Ordinal);
            Assert.True(at > pages[sheet].IndexOf($"{number} {title}", StringComparison.Ordinal),
                $"the banner of {title} (\"{banner}\") is not after its title on sheet {sheet + 1}");
        }
    }

    [BrowserTheory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task AnExercise_PrintsItsTitleDoseAndSteps_OnOneSheet(string format)
    {
        var pages = await PagesOn(format);
        var exercises = NumberedPages().Where(p => p.Page.QuerySelector(".exercise .steps") is not null).ToList();

        Assert.True(exercises.Count >= 10, $"only {exercises.Count} exercises with steps in print.html");
        foreach (var (number, title, page) in exercises)
        {
            var sheet = pages[SheetOfTitle(pages, number, title)];
            var dose = page.QuerySelectorAll(".dose dd").Select(dd => PdfPages.Flatten(dd.TextContent));
            var steps = page.QuerySelectorAll(".steps li").Select(li => PdfPages.Flatten(li.TextContent));
            Assert.All(dose.Concat(steps), text => Assert.True(sheet.Contains(text, StringComparison.Ordinal), $"{title}: \"{text}\" is not on the sheet of its title"));
        }
    }

    [BrowserFact]
    public async Task TheSectionListsAndTheHomePagesLists_AreNotPrintedAgain_TheContentsHoldThem()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "print.html")));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var printedLists = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('.print-part .item-list, .print-part .tiles, .print-part .quick')].filter(e => e.getClientRects().length > 0).length");
        var contents = await page.EvaluateAsync<int>("[...document.querySelectorAll('.print-toc li li')].filter(e => e.getClientRects().length > 0).length");
        await page.Context.CloseAsync();

        Assert.Equal(0, printedLists);
        Assert.Equal(NumberedPages().Count(p => p.Number.Contains('.', StringComparison.Ordinal)), contents);
    }

    [Fact]
    public void EveryPictureOfAnExercise_IsInThePrintDocument_AndItsFileIsThere()
    {
        var print = guide.Html("print.html");
        var exercisePages = guide.HtmlFiles.Where(f => f.StartsWith("exercises/", StringComparison.Ordinal) && f.Count(c => c == '/') == 1 && !f.EndsWith("/index.html", StringComparison.Ordinal));
        var pictures = 0;
        foreach (var path in exercisePages)
        {
            var anchor = "p-" + path[..^5].Replace('/', '.');
            var printed = print.GetElementById(anchor);
            Assert.True(printed is not null, $"{path} is not in print.html");
            var own = guide.Html(path).QuerySelectorAll("main .figures img").Select(img => img.GetAttribute("alt")).ToList();
            var inPrint = printed.QuerySelectorAll(".figures img").ToList();
            Assert.Equal(own, inPrint.Select(img => img.GetAttribute("alt")));
            Assert.All(inPrint, img => Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, img.GetAttribute("src")!)), $"{img.GetAttribute("src")} is missing"));
            pictures += inPrint.Count;
        }
        Assert.True(pictures >= 12, $"only {pictures} pictures in print.html");
    }
}
