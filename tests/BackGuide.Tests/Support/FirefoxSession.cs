using System.Collections.Concurrent;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace BackGuide.Tests.Support;

/// <summary>
/// Headless Firefox for the Firefox tests, driven by PuppeteerSharp over WebDriver BiDi, so it is the machine's own
/// Firefox (Debian's firefox-esr; see <see cref="InstalledBrowser.Firefox"/>: BACKGUIDE_FIREFOX, else firefox-esr or
/// firefox on PATH) and no browser build is downloaded. Like <see cref="BrowserSession"/>, each class takes this as its
/// fixture and the browser is started once per test run; each page has a browser context (and local storage) of its own.
/// </summary>
public sealed class FirefoxSession : IAsyncLifetime
{
    private static readonly OncePerRun<IBrowser> Shared = new(LaunchAsync, browser => browser.CloseAsync());

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    public IBrowser Browser { get; private set; } = null!;

    public static string? SkipReason() => InstalledBrowser.Firefox.SkipReason;

    public async Task InitializeAsync()
    {
        if (SkipReason() is null)
        {
            Browser = await Shared.GetAsync();
        }
    }

    /// <summary>A fresh page in a context of its own, opened on a file of a built site (with an optional ?query).</summary>
    public async Task<IPage> OpenAsync(string file, string query = "")
    {
        var context = await Browser.CreateBrowserContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        // Generous, for a CI machine under load; on an idle one a page opens in well under a second.
        page.DefaultTimeout = 120_000;
        await page.GoToAsync(BrowserSession.FileUrl(file) + query);
        return page;
    }

    /// <summary>How many sheets Firefox prints the file on, for each paper in turn, from one opening of the page.</summary>
    public async Task<int[]> PrintedPagesAsync(string file, string query, params PaperFormat[] papers)
    {
        var page = await OpenAsync(file, query);
        var pages = new int[papers.Length];
        for (var i = 0; i < papers.Length; i++)
        {
            pages[i] = PdfPages.Count(await page.PdfDataAsync(new PdfOptions { Format = papers[i], PrintBackground = true }));
        }
        await page.BrowserContext.CloseAsync();
        return pages;
    }

    /// <summary>Closes the pages this class opened (the browser stays for the next class).</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts.Where(c => !c.IsClosed))
        {
            await context.CloseAsync();
        }
    }

    private static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        Browser = SupportedBrowser.Firefox,
        Protocol = ProtocolType.WebdriverBiDi,
        ExecutablePath = InstalledBrowser.Firefox.RequirePath(),
        Headless = true,
        // Firefox starts in seconds; on a loaded CI machine it has been seen to take two minutes.
        Timeout = 180_000,
    });
}
