using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>
/// A rebuild keeps the files whose bytes did not change (linked from the previous output, not written again), so they
/// keep their time stamps, and writes the rest; either way the output is exactly what a build from scratch makes.
/// </summary>
public sealed class UnchangedFilesTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha", "See [b](b.md).\n")
        .WithPage("notes/b.md", "title: Beta", "The first text.\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ARebuild_KeepsUnchangedFiles_AndRewritesChangedOnes()
    {
        Assert.True(_site.Build().Succeeded);
        Age("notes/a.html");
        Age("notes/b.html");
        Age("assets/style.css");

        _site.WithPage("notes/b.md", "title: Beta", "The second text.\n");
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(LongAgo, Stamp("notes/a.html"));
        Assert.Equal(LongAgo, Stamp("assets/style.css"));
        Assert.NotEqual(LongAgo, Stamp("notes/b.html"));
        Assert.Contains("The second text.", _site.Read("notes/b.html"));
        Assert.DoesNotContain("The first text.", _site.Read("notes/b.html"));
    }

    [Fact]
    public void ARebuild_KeepsAnUnchangedCopiedFile_AndCopiesAChangedOne()
    {
        _site.WithBytes("input/notes/kept.bin", [1, 2, 3, 4]).WithBytes("input/notes/changed.bin", [5, 6, 7, 8]);
        Assert.True(_site.Build().Succeeded);
        Age("notes/kept.bin");
        Age("notes/changed.bin");

        _site.WithBytes("input/notes/changed.bin", [5, 6, 7, 9]);
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(LongAgo, Stamp("notes/kept.bin"));
        Assert.Equal(new byte[] { 5, 6, 7, 9 }, File.ReadAllBytes(Path.Combine(_site.OutputDirectory, "notes", "changed.bin")));
    }

    [Fact]
    public void AnOutputFileEditedByHand_IsWrittenAgain_FromItsContentNotItsTimeStamp()
    {
        Assert.True(_site.Build().Succeeded);
        var original = _site.Read("notes/a.html");
        var path = Path.Combine(_site.OutputDirectory, "notes", "a.html");
        // Same length, different bytes, old time stamp: only a comparison of the bytes can tell.
        File.WriteAllText(path, original.Replace("Alpha", "Alpho", StringComparison.Ordinal));
        Age("notes/a.html");

        Assert.True(_site.Build().Succeeded);

        Assert.Equal(original, _site.Read("notes/a.html"));
    }

    [Fact]
    public void ARebuildOverTheOutput_IsByteIdentical_ToABuildFromScratch()
    {
        Assert.True(_site.Build().Succeeded);
        _site.WithPage("notes/b.md", "title: Beta", "The second text.\n");
        Assert.True(_site.Build().Succeeded);
        var rebuilt = _site.Snapshot();

        Directory.Delete(_site.OutputDirectory, recursive: true);
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(_site.Snapshot(), rebuilt);
    }

    [Fact]
    public void AFailedRebuild_LeavesTheKeptFilesAsTheyWere()
    {
        Assert.True(_site.Build().Succeeded);
        Age("notes/a.html");
        var before = _site.Snapshot();
        _site.WithPage("notes/c.md", "titel: Gamma");

        Assert.False(_site.Build().Succeeded);

        Assert.Equal(before, _site.Snapshot());
        Assert.Equal(LongAgo, Stamp("notes/a.html"));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-new")));
    }

    private void Age(string outputPath) => File.SetLastWriteTimeUtc(Path.Combine(_site.OutputDirectory, outputPath), LongAgo);

    private DateTime Stamp(string outputPath) => File.GetLastWriteTimeUtc(Path.Combine(_site.OutputDirectory, outputPath));
}
