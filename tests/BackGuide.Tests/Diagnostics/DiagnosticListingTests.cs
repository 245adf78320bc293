using BackGuide.Tests.Support;

namespace BackGuide.Tests.Diagnostics;

/// <summary>What the command line prints about bad input: invisible characters made visible, and long listings capped.</summary>
public sealed class DiagnosticListingTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("index.md", "title: Home");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("notes/\u202Egnp.md", "input/notes/<U+202E>gnp.md:3:1: error BG0103")]
    [InlineData("notes/zero\u200Bwidth.md", "input/notes/zero<U+200B>width.md:3:1: error BG0103")]
    public void AFileNameWithBidiOrZeroWidthCharacters_IsPrintedWithThemVisible(string page, string expected)
    {
        _site.WithPage(page, "title: A\nsumary: typo");

        var run = CliRunner.Invoke(_site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(run.StandardError, c => c is '\u202E' or '\u200B');
    }

    [Fact]
    public void ThousandsOfOneError_PrintAHundredAndACount()
    {
        var body = string.Concat(Enumerable.Range(0, 3000).Select(i => $"[link {i}](missing-{i}.md)\n\n"));
        _site.WithPage("notes/links.md", "title: Links", body);

        var run = CliRunner.Invoke(_site.Root, "build");

        var lines = run.StandardError.Split('\n');
        Assert.Equal(100, lines.Count(l => l.Contains(": error BG0201: ", StringComparison.Ordinal)));
        Assert.Contains("backguide: 2900 more BG0201 not shown (3000 in all). Fix these and build again to see the rest.", lines);
        Assert.Contains("Build failed: 3000 errors, 0 warnings", run.StandardError, StringComparison.Ordinal);
    }
}
