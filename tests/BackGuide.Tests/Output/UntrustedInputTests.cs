using System.Diagnostics;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>
/// A guide takes pull requests, so input/, the theme and whatever a step left in the output folder are untrusted:
/// nothing is ever deleted through a link, read outside the guide's folders, or read from a special file, and two
/// builds into one folder take turns. Links and FIFOs are made by the tests, since git cannot carry them everywhere.
/// </summary>
public sealed class UntrustedInputTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("index.md", "title: Home").WithPage("notes/a.md", "title: Alpha", "Text.\n");
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "backguide-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public UntrustedInputTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "SECRET-VALUE");
        File.WriteAllText(Path.Combine(_outside, "page.md"), "---\ntitle: Outside\n---\nSECRET-VALUE\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string Input(string path) => Path.Combine(_site.InputDirectory, path);

    [Theory]
    [InlineData("media")]
    [InlineData("notes/media")]
    public void ARebuild_NeverDeletesThroughALinkInTheOutput(string linkPath)
    {
        Assert.True(_site.Build().Succeeded);
        Directory.CreateSymbolicLink(Path.Combine(_site.OutputDirectory, linkPath), _outside);

        Assert.True(_site.Build().Succeeded);

        Assert.Equal("SECRET-VALUE", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
        Assert.False(Directory.Exists(Path.Combine(_site.OutputDirectory, linkPath)));
    }

    [Fact]
    public void AStagingFolderThatIsALink_IsUnlinked_NotEmptied()
    {
        Assert.True(_site.Build().Succeeded);
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, ".output.backguide-new"), _outside);
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, ".output.backguide-old"), _outside);

        Assert.True(_site.Build().Succeeded);

        Assert.Equal("SECRET-VALUE", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
    }

    [Fact]
    public void AStagingFolderBackGuideDidNotMake_IsRefused_AndKept()
    {
        Assert.True(_site.Build().Succeeded);
        _site.With(".output.backguide-new/mine.txt", "mine");

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "BG0002");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_site.Root, ".output.backguide-new", "mine.txt")));
    }

    public static TheoryData<string, string> LinksOut => new()
    {
        { "images/logo.png", "secret.txt" },
        { "notes/b.md", "page.md" },
        { "notes/env.txt", "/proc/self/environ" },
        { "notes/passwd.md", "/etc/passwd" },
        { "notes/gone.md", "no-such-file" },
    };

    [Theory]
    [MemberData(nameof(LinksOut))]
    public void ALinkOutOfInput_IsAnErrorNamingTheFile_AndTheOutputIsUnchanged(string linkPath, string target)
    {
        Assert.True(_site.Build().Succeeded);
        var before = TestSite.SnapshotOf(_site.OutputDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(Input(linkPath))!);
        File.CreateSymbolicLink(Input(linkPath), target.StartsWith('/') ? target : Path.Combine(_outside, target));

        var result = _site.Build();

        Assert.Single(result.Diagnostics, d => d.Code == "BG0114" && Names(d, linkPath));
        Assert.Equal(before, TestSite.SnapshotOf(_site.OutputDirectory));
    }

    [Fact]
    public void AFolderLinkOutOfInput_IsAnError_NotSkipped()
    {
        Directory.CreateSymbolicLink(Input("elsewhere"), _outside);

        var result = _site.Build();

        Assert.Single(result.Diagnostics, d => d.Code == "BG0114" && Names(d, "elsewhere"));
    }

    [Fact]
    public void ALinkInsideInput_IsFollowed()
    {
        File.CreateSymbolicLink(Input("notes/alias.txt"), Input("notes/a.md"));
        Directory.CreateSymbolicLink(Input("more"), Input("notes"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.StartsWith("---\ntitle: Alpha", _site.Read("notes/alias.txt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes/zero.md", "/dev/zero")]
    [InlineData("images/random.png", "/dev/urandom")]
    public void ALinkToADevice_IsAnError_AndNothingIsRead(string linkPath, string device)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Input(linkPath))!);
        File.CreateSymbolicLink(Input(linkPath), device);
        var clock = Stopwatch.StartNew();

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "BG0114" && Names(d, linkPath));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("notes/pipe.md")]
    [InlineData("_theme/partials/footer.sbn-html")]
    [InlineData("site.yml")]
    public async Task AFifo_IsAnError_AndTheBuildDoesNotHang(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Input(path))!);
        MakeFifo(Input(path));

        var build = Task.Run(() => _site.Build());

        Assert.Same(build, await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Contains((await build).Diagnostics, d => d.Code == "BG0114" && Names(d, path));
    }

    [Fact]
    public void AThemeFileLinkingOut_IsAnError()
    {
        _site.With("input/_theme/assets/.keep", "");
        File.CreateSymbolicLink(Input("_theme/assets/style.css"), Path.Combine(_outside, "secret.txt"));

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "BG0114" && Names(d, "_theme/assets/style.css"));
    }

    [Fact]
    public void AFileOverTheSizeLimit_IsAnError_NotRead()
    {
        Directory.CreateDirectory(Input("images"));
        using (var big = File.Create(Input("images/huge.png")))
        {
            big.SetLength(300L << 20); // sparse: nothing is written to disk
        }

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "BG0114");
        Assert.Contains("300 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoBuildsAtOnce_TakeTurns_AndLeaveAWholeSite()
    {
        Assert.True(_site.Build().Succeeded);
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _site.Build())));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join('\n', r.Diagnostics)));
        Assert.True(_site.Exists("notes/a.html"));
        Assert.True(_site.Build().Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-new")));
    }

    [Fact]
    public void ABuildWhileAnotherHoldsTheLock_WaitsThenGivesUpClearly()
    {
        using var held = OutputLock.TryAcquire(OutputLock.PathFor(new OutputFolder(_site.OutputDirectory)));
        Assert.NotNull(held);
        var notices = new List<string>();

        var result = new SiteBuilder(new BuildOptions
        {
            InputDirectory = _site.InputDirectory,
            OutputDirectory = _site.OutputDirectory,
            LockTimeout = TimeSpan.FromMilliseconds(300),
            Notice = notices.Add,
        }).Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "BG0006");
        Assert.Contains(notices, n => n.Contains("another build is writing", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void AKilledBuildsLock_DoesNotStopTheNextBuild()
    {
        // The lock is the system's lock on an open file: a process that dies lets it go, whatever state it left.
        var lockPath = OutputLock.PathFor(new OutputFolder(_site.OutputDirectory));
        using (var process = Process.Start(new ProcessStartInfo("flock", [lockPath, "sleep", "30"]) { UseShellExecute = false })!)
        {
            Thread.Sleep(300);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(_site.Build().Succeeded);
    }

    /// <summary>True when the diagnostic names the input file (shown relative to the current folder, which tests do not set).</summary>
    private static bool Names(BackGuide.Diagnostics.Diagnostic diagnostic, string inputPath) =>
        diagnostic.File.EndsWith("input/" + inputPath, StringComparison.Ordinal);

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
