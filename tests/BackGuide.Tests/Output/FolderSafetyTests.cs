using BackGuide.Pipeline;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>A build touches nothing but its output folder, and refuses an output folder it could not safely replace.</summary>
public sealed class FolderSafetyTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha")
        .WithPage("notes/b.md", "title: Beta")
        .With("theme/partials/stop-rule.sbn-html", "<p>Stop if it hurts.</p>\n")
        .With("notes.txt", "the writer's own file beside the site");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("theme")]
    [InlineData("theme/out")]
    [InlineData("repo")]
    [InlineData("git-worktree")]
    public void AnOutputFolderThatIsTheThemeOrARepository_IsRefused_AndLeftAlone(string output)
    {
        _site.With("repo/BackGuide.sln", "").With("repo/src/keep.cs", "// code")
            .With("git-worktree/.git", "gitdir: /elsewhere").With("git-worktree/keep.txt", "x");
        var before = TestSite.SnapshotOf(_site.Root);

        var result = Build(Path.Combine(_site.Root, output));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG0002");
        Assert.Equal(before, TestSite.SnapshotOf(_site.Root));
    }

    [Fact]
    public void AnOutputFolderHoldingTheCurrentFolder_IsRefused()
    {
        var result = Build(Path.GetDirectoryName(Directory.GetCurrentDirectory())!);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG0002");
    }

    [Fact]
    public void Builds_GoodAndBad_ChangeNothingOutsideTheOutputFolder()
    {
        var outside = OutsideOutput();

        Assert.True(Build(_site.OutputDirectory).Succeeded);
        _site.WithPage("notes/c.md", "title: Gamma");
        Assert.True(Build(_site.OutputDirectory).Succeeded);
        _site.WithPage("notes/c.md", "titel: Gamma");
        Assert.False(Build(_site.OutputDirectory).Succeeded);
        File.Delete(Path.Combine(_site.InputDirectory, "notes", "c.md"));
        Assert.True(Build(_site.OutputDirectory).Succeeded);

        var expected = new SortedDictionary<string, string>(outside, StringComparer.Ordinal);
        Assert.Equal(expected, OutsideOutput());
        // Beside the output there is only the lock builds take turns with (README: one build at a time per output folder).
        Assert.Equal([".output.backguide-lock", "input", "notes.txt", "output", "theme"],
            Directory.EnumerateFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(_site.Exists("notes/c.html"));
        Assert.True(_site.Exists("notes/b.html"));
    }

    private SortedDictionary<string, string> OutsideOutput() =>
        new(TestSite.SnapshotOf(_site.Root).Where(f => !f.Key.StartsWith("output/", StringComparison.Ordinal) && f.Key != ".output.backguide-lock").ToDictionary(),
            StringComparer.Ordinal);

    private BuildResult Build(string output) =>
        new SiteBuilder(new BuildOptions
        {
            InputDirectory = _site.InputDirectory,
            OutputDirectory = output,
            ThemeDirectory = Path.Combine(_site.Root, "theme"),
        }).Build();
}
