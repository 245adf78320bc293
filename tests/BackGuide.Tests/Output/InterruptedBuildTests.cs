using System.Diagnostics;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Output;

/// <summary>
/// Runs the real backguide program on a site big enough to take a moment, kills it at seeded random moments, and
/// checks the output folder each time: it must be byte-identical to either the old build or the new one, never a mix.
/// </summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private const int Pages = 1500;
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ABuildKilledAtAnyMoment_LeavesTheOldOrTheNewOutput()
    {
        WriteSite("Old");
        Assert.Equal(0, CliRunner.Invoke(_site.Root, "build", "--quiet").ExitCode);
        var old = _site.Snapshot();
        WriteSite("New");
        Assert.Equal(0, CliRunner.Invoke(_site.Root, "build", "--quiet").ExitCode);
        var @new = _site.Snapshot();
        Assert.NotEqual(old, @new);

        var random = new Random(20261122);
        var outcomes = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            WriteSite(attempt % 2 == 0 ? "Old" : "New");
            var delay = TimeSpan.FromMilliseconds(random.Next(150, 2500));
            var finished = RunAndKill(delay);

            var now = _site.Snapshot();
            Assert.True(now.SequenceEqual(old) || now.SequenceEqual(@new),
                $"after a kill at {delay.TotalMilliseconds} ms the output is neither the old nor the new build ({now.Count} files)");
            outcomes.Add(finished ? "finished" : "killed");
        }

        Assert.Contains("killed", outcomes); // the kills did land during builds
        WriteSite("New");
        Assert.Equal(0, CliRunner.Invoke(_site.Root, "build", "--quiet").ExitCode);
        Assert.Equal(@new, _site.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(_site.Root, ".output.backguide-new")));
    }

    private void WriteSite(string version)
    {
        _site.WithPage("index.md", $"title: {version} home", "Start with [page 1](notes/p1.md).\n");
        for (var i = 0; i < Pages; i++)
        {
            _site.WithPage($"notes/p{i}.md", $"title: {version} page {i}",
                $"## Part one\n\n{version} text of page {i}, linking [the next](p{(i + 1) % Pages}.md#part-one).\n");
        }
    }

    /// <returns>True when the build finished before the kill.</returns>
    private bool RunAndKill(TimeSpan delay)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "backguide.dll"));
        start.ArgumentList.Add("build");
        start.ArgumentList.Add("--quiet");
        using var process = Process.Start(start)!;
        var finished = process.WaitForExit(delay);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        return finished;
    }
}
