using System.Collections.Concurrent;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace BackGuide.Tests.Support;

/// <summary>
/// Headless Firefox for the Firefox tests, driven by PuppeteerSharp over WebDriver BiDi, so it is the machine's own
/// Firefox (Debian's firefox-esr; see <see cref="InstalledBrowser.Firefox"/>: BACKGUIDE_FIREFOX, else firefox-esr or
/// firefox on PATH) and no browser build is downloaded. Each Firefox class takes this as its class fixture, so the
/// classes run in parallel; they share one browser, started by the first class and closed by the last one to finish
/// (a Firefox left to the end of the test process outlived it). Each page has a browser context (and local storage)
/// of its own.
/// </summary>
public sealed class FirefoxSession : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Task<IBrowser>? _shared;
    private static int _users;

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    public IBrowser Browser { get; private set; } = null!;

    public static string? SkipReason() => InstalledBrowser.Firefox.SkipReason;

    public async Task InitializeAsync()
    {
        if (SkipReason() is not null)
        {
            return;
        }
        Task<IBrowser> shared;
        await Gate.WaitAsync();
        try
        {
            _users++;
            shared = _shared ??= LaunchAsync();
        }
        finally
        {
            Gate.Release();
        }
        Browser = await shared;
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

    /// <summary>
    /// Closes this class's pages; the last class to finish closes the browser, and ends its processes if it does not
    /// close in time.
    /// </summary>
    public async Task DisposeAsync()
    {
        if (Browser is null)
        {
            return;
        }
        foreach (var context in _contexts)
        {
            await Task.WhenAny(context.CloseAsync(), Task.Delay(TimeSpan.FromSeconds(15)));
        }
        await Gate.WaitAsync();
        try
        {
            if (--_users > 0)
            {
                return;
            }
            _shared = null;
        }
        finally
        {
            Gate.Release();
        }
        var process = Browser.Process;
        await Task.WhenAny(Browser.CloseAsync(), Task.Delay(TimeSpan.FromSeconds(15)));
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
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
