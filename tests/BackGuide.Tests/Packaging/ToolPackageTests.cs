using System.Diagnostics;
using System.IO.Compression;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Packaging;

/// <summary>
/// The tool package as a user gets it: packed from this checkout, installed with <c>dotnet tool install</c> from a local
/// folder only, then run. Slow (a Release build of the program, a few minutes on two cores), so it carries the trait
/// Category=Package: <c>dotnet test --filter Category!=Package</c> leaves it out.
/// </summary>
[Trait("Category", "Package")]
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "backguide-tests", "package-" + Guid.NewGuid().ToString("N"));

    public ToolPackageTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // the system cleans its temporary folder
        }
    }

    [PackageFact]
    public void TheToolPackage_InstallsAnywhereDotnetRuns_AndBuildsASite()
    {
        var packages = Path.Combine(_root, "packages");
        // Its own artifacts folder: the pack neither uses nor disturbs this checkout's bin/ and obj/ (a publish's included).
        var pack = Run("dotnet", Repository.Root, TimeSpan.FromMinutes(10),
            "pack", Path.Combine("src", "BackGuide.Cli"), "-o", packages, "--artifacts-path", Path.Combine(_root, "artifacts"), "-nologo");
        Assert.True(pack.ExitCode == 0, pack.Output);

        var package = Assert.Single(Directory.GetFiles(packages, "BackGuide.Tool.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("README.md", entries);
            Assert.Contains("LICENSE", entries);
            Assert.Contains("tools/net10.0/any/backguide.dll", entries);
            Assert.DoesNotContain(entries, e => e.Contains("/runtimes/", StringComparison.Ordinal) || e.Contains(".r2r", StringComparison.OrdinalIgnoreCase));
            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var metadata = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", metadata, StringComparison.Ordinal);
            Assert.Contains("<readme>README.md</readme>", metadata, StringComparison.Ordinal);
        }

        var config = Path.Combine(_root, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_root, "tools");
        var install = Run("dotnet", _root, TimeSpan.FromMinutes(3), "tool", "install", "--tool-path", tools, "--configfile", config, "BackGuide.Tool");
        Assert.True(install.ExitCode == 0, install.Output);

        var backguide = Path.Combine(tools, "backguide");
        var version = Run(backguide, _root, TimeSpan.FromMinutes(2), "--version");
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.StartsWith("0.", version.Output, StringComparison.Ordinal);

        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "input", "notes"));
        File.WriteAllText(Path.Combine(site, "input", "index.md"), "---\ntitle: Home\n---\nStart with [the first note](notes/first.md).\n");
        File.WriteAllText(Path.Combine(site, "input", "notes", "first.md"), "---\ntitle: First note\n---\nWalk a little every day.\n");
        var build = Run(backguide, site, TimeSpan.FromMinutes(2), "build");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches(@"^Built \d+ pages in \d+\.\d\d s\.", build.Output);
        Assert.Contains("Walk a little every day.", File.ReadAllText(Path.Combine(site, "output", "notes", "first.html")), StringComparison.Ordinal);
    }

    private sealed record Result(int ExitCode, string Output);

    private static Result Run(string program, string folder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {timeout.TotalMinutes} minutes.");
        }
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
