using System.Text.Json;
using AngleSharp.Html.Parser;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>
/// Every value a guide's writer controls reaches the pages as text, never as markup, on every kind of page the
/// theme makes: the templates carry no escaping pipes, so this is the engine's promise to keep.
/// </summary>
public sealed class EscapingTests : IDisposable
{
    /// <summary>Breaks out of an attribute with either quote, opens a script and an image with a handler.</summary>
    private const string Attack = "x\\\"'><script>alert(1)</script><img src=x onerror=alert(2)>";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void HostileTextInEveryValue_IsTextOnEveryPage()
    {
        var a = "\"" + Attack + "\"";
        _site.With("input/site.yml", $"title: {a}\ndescription: {a}\ndisclaimer: {a}\nstopRule: {a}\nbaseUrl: https://example.org/\nstrings:\n  routine_add: {a}\n  search_none: {a}\n")
            .WithPage("index.md", $"title: {a}\nsummary: {a}", "Home.\n")
            .WithPage("guide/start.md", $"title: {a}\nsummary: {a}\nrelated: [exercises/lift]", "## One\n\n## Two\n\n## Three\n")
            .WithPage("self-care/rest.md", $"title: {a}\nsummary: {a}\ntopics: [{a}]", "Rest.\n")
            .With("input/exercises/lift.md", "---\n" + $"""
                title: {a}
                summary: {a}
                category: strengthen
                targets: [{a}]
                position: lying
                equipment: [{a}]
                difficulty: easy
                dose:
                  hold: {a}
                  reps: {a}
                steps:
                  - {a}
                cautions:
                  - {a}
                """ + "\n---\nText.\n")
            .With("input/exercises/bad.md", "---\n" + $"""
                title: {a}
                summary: {a}
                targets: [lower back]
                position: standing
                avoid:
                  reason: {a}
                  instead: [lift]
                """ + "\n---\nText.\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pages = Directory.GetFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories);
        Assert.Contains(pages, p => p.EndsWith("avoid.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith("print.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith(Path.Combine("cards", "lift.html"), StringComparison.Ordinal));
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var html = parser.ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(_site.OutputDirectory, page);
            Assert.All(html.QuerySelectorAll("script:not([src]):not([type='application/ld+json']):not(#bg-strings)"),
                s => Assert.Fail($"{name}: a script element came from the content: {s.OuterHtml}"));
            Assert.Empty(html.QuerySelectorAll("img[src='x'], [onerror]"));
            foreach (var json in html.QuerySelectorAll("script[type='application/ld+json'], script#bg-strings"))
            {
                using var parsed = JsonDocument.Parse(json.TextContent); // still one valid JSON value: nothing closed the script early
            }
            Assert.Contains(html.QuerySelectorAll("*").SelectMany(e => e.Attributes.Select(at => at.Value).Append(e.TextContent)),
                text => text.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        }
    }
}
