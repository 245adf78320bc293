using System.Diagnostics;
using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Validity;

/// <summary>
/// The Nu HTML Checker on every page of the shipped guide, and on a page with a mistake to show the gate works. Java and
/// the checker's schemas take seconds to start, so one run checks both, and each test reads the errors of its own files.
/// </summary>
public sealed class NuHtmlCheckerTests(ShippedGuide guide, OncePerClass once) : IClassFixture<ShippedGuide>, IClassFixture<OncePerClass>
{
    private static readonly string BadFolder = Path.Combine(Path.GetTempPath(), "backguide-tests", "vnu-" + Guid.NewGuid().ToString("N"));

    private static string BadPage => Path.Combine(BadFolder, "bad.html");

    private Task<List<string>> Errors() => once.GetAsync("errors", () =>
    {
        Directory.CreateDirectory(BadFolder);
        File.WriteAllText(BadPage, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div></span></body></html>");
        try
        {
            return Task.FromResult(RunChecker(guide.HtmlFiles.Select(p => Path.Combine(guide.OutputDirectory, p)).Append(BadPage)));
        }
        finally
        {
            Directory.Delete(BadFolder, recursive: true);
        }
    });

    [NuCheckerFact]
    public async Task EveryPageOfTheShippedGuide_PassesTheNuHtmlChecker()
    {
        Assert.True(guide.Result.Succeeded);
        Assert.Contains("index.html", guide.HtmlFiles);

        var errors = (await Errors()).Where(e => !e.StartsWith(BadPage + ":", StringComparison.Ordinal))
            .Select(e => e.Replace(guide.OutputDirectory + "/", "", StringComparison.Ordinal)).ToList();

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join('\n', errors));
    }

    [NuCheckerFact]
    public async Task TheChecker_ReportsAnError_OnAPageThatHasOne()
    {
        Assert.Contains(await Errors(), e => e.StartsWith(BadPage + ":", StringComparison.Ordinal));
    }

    /// <summary>Runs vnu.jar on the files; returns one line per error ("/full/path/page.html:line:col: message").</summary>
    private static List<string> RunChecker(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Validators.JavaPath ?? "java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-jar", Validators.VnuJar, "--errors-only", "--format", "json"])
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the Nu HTML Checker did not finish in three minutes");
        var json = stderr.Result.Trim().Length > 0 ? stderr.Result : stdout.Result; // vnu writes its report to stderr
        using var report = JsonDocument.Parse(json);
        var errors = new List<string>();
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var local = Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url["file:".Length..].TrimStart('/') : url);
            var page = local.Length > 0 ? Path.GetFullPath("/" + local) : "?";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
            errors.Add($"{page}:{line}:{column}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}");
        }
        return errors;
    }
}
