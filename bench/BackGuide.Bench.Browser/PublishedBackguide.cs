using System.Diagnostics;

namespace BackGuide.Bench.Browser;

/// <summary>The published <c>backguide</c> program the measurements run: given with --backguide, or bench/work/bin's, published when missing.</summary>
public static class PublishedBackguide
{
    public static async Task<string> FindOrPublishAsync(Arguments options)
    {
        if (options.Text("--backguide") is { } given)
        {
            var path = Path.GetFullPath(given);
            return File.Exists(path) ? path : throw new BenchFailedException($"--backguide {given}: no such file.");
        }
        var bin = Path.Combine(Repository.Work, "bin");
        var program = Path.Combine(bin, "backguide");
        if (File.Exists(program))
        {
            return program;
        }
        Console.WriteLine("Publishing BackGuide (Release) to bench/work/bin…");
        var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { "publish", "src/BackGuide.Cli", "-c", "Release", "-o", bin, "--nologo", "-v", "quiet" })
        {
            publish.ArgumentList.Add(arg);
        }
        using var process = Process.Start(publish) ?? throw new BenchFailedException("could not start dotnet publish.");
        await process.WaitForExitAsync();
        return process.ExitCode == 0 && File.Exists(program)
            ? program
            : throw new BenchFailedException($"dotnet publish src/BackGuide.Cli failed (exit code {process.ExitCode}).");
    }
}
