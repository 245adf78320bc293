using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace BackGuide.Tests.Support;

/// <summary>
/// Headless Chromium, driven by Playwright, for the browser tests. Playwright's own browser download is not used: the
/// browser is the one the machine has (see <see cref="InstalledBrowser.Chromium"/>: BACKGUIDE_CHROMIUM, else chromium,
/// chromium-browser, google-chrome or google-chrome-stable on PATH). Each test class takes this as its fixture, but the
/// browser is started once per test run (<see cref="OncePerRun{T}"/>): every test works in a context of its own, so
/// classes share the browser safely while they run in parallel.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private static readonly OncePerRun<(IPlaywright Playwright, IBrowser Browser)> Shared = new(LaunchAsync, CloseAsync);

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    public IBrowser Browser { get; private set; } = null!;

    public static string? SkipReason() => InstalledBrowser.Chromium.SkipReason;

    public async Task InitializeAsync()
    {
        if (SkipReason() is null)
        {
            Browser = (await Shared.GetAsync()).Browser;
        }
    }

    /// <summary>A fresh page in its own context (own local storage), optionally in the dark colour scheme.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Prints <paramref name="file"/> to PDF as Ctrl+P does: the page's "beforeprint" handlers run first (Playwright's
    /// PDF does not fire the event). On <paramref name="format"/> paper, or at the page's own CSS size when it is null.
    /// </summary>
    public async Task<byte[]> PrintAsync(string file, string? format = null, string query = "")
    {
        var page = await NewPageAsync();
        await page.GotoAsync(FileUrl(file) + query);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("window.dispatchEvent(new Event('beforeprint'))");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PreferCSSPageSize = format is null, PrintBackground = true });
        await page.Context.CloseAsync();
        return pdf;
    }

    public static string FileUrl(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Closes the pages this class opened (the browser stays for the next class).</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var program = InstalledBrowser.Chromium.RequirePath();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = program,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
            ],
        });
        return (playwright, browser);
    }

    private static async Task CloseAsync((IPlaywright Playwright, IBrowser Browser) session)
    {
        await session.Browser.CloseAsync();
        session.Playwright.Dispose();
    }
}
