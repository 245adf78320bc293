using Microsoft.Playwright;

namespace BackGuide.Tests.Support;

/// <summary>
/// One headless Chromium, driven by Playwright, shared by the browser tests of a test class. Playwright's own browser
/// download is not used: the browser is the one the machine has (see <see cref="InstalledBrowser.Chromium"/>:
/// BACKGUIDE_CHROMIUM, else chromium, chromium-browser, google-chrome or google-chrome-stable on PATH).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string? SkipReason() => InstalledBrowser.Chromium.SkipReason;

    public async Task InitializeAsync()
    {
        if (SkipReason() is not null)
        {
            return;
        }
        var program = InstalledBrowser.Chromium.RequirePath();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = program,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
            ],
        });
    }

    /// <summary>A fresh page in its own context (own local storage), optionally in the dark colour scheme.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
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

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}
