using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary><c>backguide check</c>: every validation of a build, writing nothing; one line when all is well.</summary>
public sealed class CheckTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha", "## Getting started\n\nSee [the start](#getting-started) and [Beta](b.md#details).\n")
        .WithPage("notes/b.md", "title: Beta", "## Details\n\nText.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Check_OnAGoodSite_PrintsOneLineAllClear()
    {
        var run = CliRunner.Invoke(_site.Root, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Checked \d+ pages in \d+\.\d\d s\.$", run.StandardOutput.Trim());
        Assert.Equal("", run.StandardError);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Theory]
    [InlineData("See [Beta](b.md#detials).", "input/notes/a.md:6:5: error BG0202")]
    [InlineData("See [the start](#getting-stared).", "input/notes/a.md:6:5: error BG0202")]
    public void Check_FindsABrokenAnchor(string line, string expected)
    {
        _site.WithPage("notes/a.md", "title: Alpha", "## Getting started\n\n" + line + "\n");

        var run = CliRunner.Invoke(_site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }
}
