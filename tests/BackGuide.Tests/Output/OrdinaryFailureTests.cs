using System.Runtime.Versioning;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>
/// Failures that are nobody's bug — an unreadable file, a link that leads nowhere, a full or read-only disk — are
/// diagnostics naming the file and the system's reason, exit 1, previous output unchanged; never BG0000 or a stack trace.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OrdinaryFailureTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: Alpha", "Text.\n")
        .With("input/site.yml", "title: T\n")
        .With("input/images/logo.png", "not really a picture")
        .With("input/_theme/partials/footer.sbn-html", "<footer>ours</footer>\n");

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories).Where(p => new FileInfo(p).LinkTarget is null))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _site.Dispose();
    }

    [UnprivilegedTheory]
    [InlineData("input/notes/a.md", "this file cannot be read (permission denied)")]
    [InlineData("input/images/logo.png", "this file cannot be read (permission denied)")]
    [InlineData("input/notes", "this folder cannot be read (permission denied)")]
    [InlineData("input/site.yml", "this file cannot be read (permission denied)")]
    [InlineData("input/_theme/partials", "this folder cannot be read (permission denied)")]
    public void AnUnreadableFileOrFolder_IsAnErrorNamingIt(string path, string message)
    {
        Assert.Equal(0, Unprivileged.Build(_site).ExitCode);
        var before = TestSite.SnapshotOf(_site.OutputDirectory);
        File.SetUnixFileMode(Path.Combine(_site.Root, path), UnixFileMode.None);

        var run = Unprivileged.Build(_site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}: error BG0114: {message}. Check its permissions", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("BG0000", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.SnapshotOf(_site.OutputDirectory));
    }

    [Theory]
    [InlineData("notes/loop.md", "notes/loop.md", "the links lead round in a loop")]
    [InlineData("notes/one.md", "notes/two.md", "the links lead round in a loop")]
    public void ALoopingLink_IsAnErrorNamingIt(string link, string target, string reason)
    {
        var full = Path.Combine(_site.InputDirectory, link);
        File.CreateSymbolicLink(full, Path.Combine(_site.InputDirectory, target));
        if (target != link)
        {
            File.CreateSymbolicLink(Path.Combine(_site.InputDirectory, target), full);
        }

        var result = _site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "BG0114" && d.File.EndsWith("input/" + link, StringComparison.Ordinal) && d.Message.Contains(reason, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "BG0000");
    }

    [SmallFileSystemFact]
    public void AFullDisk_IsBG0004WithTheReason_AndThePreviousOutputIsKept()
    {
        using var disk = new SmallFileSystem("2m");
        var output = Path.Combine(disk.Root, "site");
        Assert.True(_site.Build(output: output).Succeeded);
        var before = TestSite.SnapshotOf(output);
        // Leave 16 KiB: unchanged files are kept by hard links and cost nothing, but the new 64 KiB page cannot fit.
        File.WriteAllBytes(Path.Combine(disk.Root, "filler"), new byte[new DriveInfo(disk.Root).AvailableFreeSpace - 16 * 1024]);
        _site.With("input/notes/b.md", "---\ntitle: Big\n---\n" + new string('x', 64 * 1024) + "\n");

        var result = _site.Build(output: output);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("BG0004", error.Code);
        Assert.StartsWith("could not write the output: the disk is full (No space left on device)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.SnapshotOf(output));
    }

    [SmallFileSystemFact]
    public void AReadOnlyDisk_IsBG0004WithTheReason_AndThePreviousOutputIsKept()
    {
        using var disk = new SmallFileSystem("4m");
        var output = Path.Combine(disk.Root, "site");
        Assert.True(_site.Build(output: output).Succeeded);
        var before = TestSite.SnapshotOf(output);
        disk.MakeReadOnly();

        var result = _site.Build(output: output);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("BG0004", error.Code);
        Assert.Contains("the file system is read-only (Read-only file system)", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.SnapshotOf(output));
    }
}
