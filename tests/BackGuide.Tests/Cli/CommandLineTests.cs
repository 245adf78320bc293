using BackGuide.Tests.Support;

namespace BackGuide.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Build_WithDefaults_WritesOutputAndASummaryLine()
    {
        var run = CliRunner.Invoke(_site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Built \d+ pages in \d+\.\d\d s\.$", run.StandardOutput.Trim());
        Assert.True(_site.Exists("index.html"));
    }

    [Fact]
    public void Build_WithContentErrors_ExitsOne_WithCompilerStyleDiagnostics()
    {
        _site.WithPage("notes/b.md", "title: Beta\nsumary: typo");

        var run = CliRunner.Invoke(_site.Root, "build", "--input", "input", "--output", "site");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/notes/b.md:3:1: error BG0103: unknown key 'sumary'. Did you mean 'summary'?", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "site")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--input")]
    [InlineData("preview", "--port", "abc")]
    [InlineData("preview", "--port", "")]
    [InlineData("preview", "--port", "1e3")]
    [InlineData("preview", "--port", "70000")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        var run = CliRunner.Invoke(_site.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("backguide --help", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValidatesAndWritesNothing()
    {
        var clean = CliRunner.Invoke(_site.Root, "check");
        _site.WithPage("notes/b.md", "title: Beta", "[x](nowhere.md)");
        var broken = CliRunner.Invoke(_site.Root, "check");

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("input/notes/b.md:4:1: error BG0201", broken.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void InGitHubActions_DiagnosticsAreAlsoAnnotations()
    {
        _site.WithPage("notes/b.md", "title: Beta\nsumary: typo");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "backguide.dll"));
        start.ArgumentList.Add("build");
        start.Environment["GITHUB_ACTIONS"] = "true";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Contains("::error file=input/notes/b.md,line=3,col=1,title=BG0103::unknown key 'sumary'", stdout, StringComparison.Ordinal);
    }
}
