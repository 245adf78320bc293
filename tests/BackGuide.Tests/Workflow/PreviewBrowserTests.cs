using BackGuide.Cli.Preview;
using BackGuide.Pipeline;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Workflow;

/// <summary>Preview in a real browser: a saved change reloads the page; a broken page shows its errors over the last good one.</summary>
public sealed class PreviewBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha", "Alpha body.\n");

    private PreviewHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await PreviewHost.StartAsync(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory }, port: 0, quiet: true);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _site.Dispose();
    }

    [BrowserFact]
    public async Task SavingAPage_ReloadsTheBrowser_AndErrorsShowAsAnOverlayUntilFixed()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(new Uri(_host.Address, "notes/a.html").AbsoluteUri);
        await Eventually.TrueAsync(() => _host.ConnectedBrowsers == 1, "the page connecting to the reload stream");

        _site.WithPage("notes/a.md", "title: Alpha", "Edited body.\n");
        await page.GetByText("Edited body.").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        _site.With("input/notes/a.md", "---\ntitle: [Alpha\n---\nBroken body.\n");
        var overlay = page.Locator("#backguide-problems");
        await overlay.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var overlayText = await overlay.TextContentAsync();
        var bodyWhileBroken = await page.TextContentAsync("main");
        _site.WithPage("notes/a.md", "title: Alpha", "Fixed body.\n");
        await page.GetByText("Fixed body.").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });

        Assert.Contains("error BG0102", overlayText, StringComparison.Ordinal);
        Assert.Contains("Edited body.", bodyWhileBroken, StringComparison.Ordinal);
        Assert.Equal(0, await overlay.CountAsync());
    }
}
