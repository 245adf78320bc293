using System.Text.Json;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Validity;

/// <summary>axe-core, injected into Chromium, on one page of each type in light and dark colour schemes: WCAG 2.2 AA.</summary>
public sealed class AccessibilityTests(ShippedGuide guide, BrowserSession session, OncePerClass once)
    : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>, IClassFixture<OncePerClass>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly SemaphoreSlim Gate = new(2);

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in PageTypes.All.Keys)
        {
            data.Add(type, "light");
            data.Add(type, "dark");
        }
        return data;
    }

    [AxeTheory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageType_HasNoAxeViolations_AtWcag22AA(string type, string scheme)
    {
        var path = PageTypes.All[type];
        if (!File.Exists(FileOf(path)))
        {
            // Only a pending type may be absent; PageTypeTests fails when any other type is missing.
            Assert.Contains(type, PageTypes.Pending);
            return;
        }
        // axe takes seconds a page (tens on the print document) and a class runs its cases one after another: the
        // first case starts every page's check, two pages at a time, and each case waits for its own page.
        foreach (var other in PageTypes.All.Keys.Where(t => File.Exists(FileOf(PageTypes.All[t]))))
        {
            _ = Check(other);
        }

        var lines = (await Check(type))[scheme == "dark" ? 1 : 0];

        Assert.True(lines.Count == 0, $"{path} in {scheme} scheme has {lines.Count} accessibility violations:\n" + string.Join('\n', lines));
    }

    private string FileOf(string path) => Path.Combine(guide.OutputDirectory, PageTypes.FileOf(path));

    /// <summary>
    /// The violations on a page of the type in the light scheme, then in the dark one: the page is opened once and
    /// restyled, since the theme's schemes differ only in CSS (prefers-color-scheme), never in script.
    /// </summary>
    private Task<List<string>[]> Check(string type) => once.GetAsync(type, async () =>
    {
        await Gate.WaitAsync();
        try
        {
            var path = PageTypes.All[type];
            var page = await session.NewPageAsync(ColorScheme.Light);
            var query = path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : "";
            await page.GotoAsync(BrowserSession.FileUrl(FileOf(path)) + query);
            var light = await ViolationsAsync(page);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
            var dark = await ViolationsAsync(page);
            await page.Context.CloseAsync();
            return new[] { light, dark };
        }
        finally
        {
            Gate.Release();
        }
    });

    [AxeTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task TheGate_ReportsAViolation_OnAPageThatHasOne(string scheme)
    {
        using var site = new TestSite().With("input/site.yml", "title: T\nrawHtml: true\n").WithPage("index.md", "title: Home", "Text.\n\n<img src=\"x.png\">\n");
        Assert.True(site.Build().Succeeded);
        var page = await session.NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(site.OutputDirectory, "index.html")));

        var lines = await ViolationsAsync(page);
        await page.Context.CloseAsync();

        Assert.Contains(lines, l => l.StartsWith("image-alt", StringComparison.Ordinal));
    }

    /// <summary>Injects axe-core (once a page) and runs it with the WCAG 2.2 AA tags; one line per offending element.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(Validators.AxeScript) });
        }
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                rule: v.id, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' '))
              })));
            }
            """, WcagTags);

        using var violations = JsonDocument.Parse(json);
        return violations.RootElement.EnumerateArray()
            .SelectMany(v => v.GetProperty("nodes").EnumerateArray()
                .Select(n => $"{v.GetProperty("rule").GetString()} ({v.GetProperty("help").GetString()}): {n.GetString()}"))
            .ToList();
    }
}
