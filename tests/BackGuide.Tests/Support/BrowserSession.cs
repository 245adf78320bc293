using Microsoft.Playwright;

namespace BackGuide.Tests.Support;

/// <summary>
/// One headless Debian Chromium, driven by Playwright, shared by the browser tests of a test class
/// (Playwright's own browser download cannot work here, so it launches /usr/bin/chromium).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string? SkipReason()
    {
        if (File.Exists(ChromiumPath))
        {
            return null;
        }
        return Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"Chromium not found at {ChromiumPath}: install it with 'apt-get install chromium'. (With CI=true this test fails instead.)";
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"CI=true but Chromium is not installed at {ChromiumPath}; .ci/run installs it with apt-get.");
            }
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
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
