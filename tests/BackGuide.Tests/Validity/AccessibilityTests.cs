using System.Text.Json;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Validity;

/// <summary>axe-core, injected into Chromium, on one page of each type in light and dark colour schemes: WCAG 2.2 AA.</summary>
public sealed class AccessibilityTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

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
        var file = Path.Combine(guide.OutputDirectory, PageTypes.FileOf(path));
        if (!File.Exists(file))
        {
            // Only a pending type may be absent; PageTypeTests fails when any other type is missing.
            Assert.Contains(type, PageTypes.Pending);
            return;
        }
        var page = await session.NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var query = path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : "";
        await page.GotoAsync(BrowserSession.FileUrl(file) + query);

        var lines = await ViolationsAsync(page);

        Assert.True(lines.Count == 0, $"{path} in {scheme} scheme has {lines.Count} accessibility violations:\n" + string.Join('\n', lines));
    }

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

        Assert.Contains(lines, l => l.StartsWith("image-alt", StringComparison.Ordinal));
    }

    /// <summary>Injects axe-core and runs it with the WCAG 2.2 AA tags; one line per offending element.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = await File.ReadAllTextAsync(Validators.AxeScript) });
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
        await page.Context.CloseAsync();

        using var violations = JsonDocument.Parse(json);
        return violations.RootElement.EnumerateArray()
            .SelectMany(v => v.GetProperty("nodes").EnumerateArray()
                .Select(n => $"{v.GetProperty("rule").GetString()} ({v.GetProperty("help").GetString()}): {n.GetString()}"))
            .ToList();
    }
}
