using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

public sealed class AtomicOutputTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha", "See [b](b.md).\n")
        .WithPage("notes/b.md", "title: Beta");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AFailedBuild_LeavesThePreviousOutputByteIdentical()
    {
        Assert.True(_site.Build().Succeeded);
        var before = _site.Snapshot();

        _site.WithPage("notes/b.md", "titel: Beta");
        var failed = _site.Build();

        Assert.False(failed.Succeeded);
        Assert.Equal(before, _site.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-new")));
    }

    [Fact]
    public void StaleFilesFromAnEarlierBuild_AreRemoved()
    {
        _site.Build();
        File.Delete(Path.Combine(_site.InputDirectory, "notes", "a.md"));

        _site.Build();

        Assert.False(_site.Exists("notes/a.html"));
        Assert.True(_site.Exists("notes/b.html"));
    }

    [Fact]
    public void AnOutputFolderBackGuideDidNotWrite_IsRefused_AndLeftAlone()
    {
        _site.With("output/precious.txt", "keep me");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG0002");
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_site.OutputDirectory, "precious.txt")));
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    [InlineData("input/out")]
    public void AnOutputFolderThatIsOrHoldsOrSitsInTheInput_IsRefused(string output)
    {
        var result = new BackGuide.Pipeline.SiteBuilder(new BackGuide.Pipeline.BuildOptions
        {
            InputDirectory = _site.InputDirectory,
            OutputDirectory = Path.Combine(_site.Root, output),
        }).Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "BG0002");
        Assert.True(File.Exists(Path.Combine(_site.InputDirectory, "notes", "a.md")));
    }

    [Fact]
    public void AKilledSwap_IsRecoveredByTheNextBuild()
    {
        _site.Build();
        // Simulate a build killed between moving the old site aside and moving the new one in.
        Directory.Move(_site.OutputDirectory, Path.Combine(_site.Root, ".output.backguide-old"));
        Directory.CreateDirectory(Path.Combine(_site.Root, ".output.backguide-new"));

        var result = _site.Build();

        Assert.True(result.Succeeded);
        Assert.True(_site.Exists("notes/a.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-old")));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-new")));
    }
}
