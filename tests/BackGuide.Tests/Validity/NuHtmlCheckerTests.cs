using System.Diagnostics;
using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Validity;

public sealed class NuHtmlCheckerTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    [NuCheckerFact]
    public void EveryPageOfTheShippedGuide_PassesTheNuHtmlChecker()
    {
        Assert.True(guide.Result.Succeeded);
        var pages = guide.HtmlFiles.ToList();
        Assert.Contains("index.html", pages);

        var errors = RunChecker(pages.Select(p => Path.Combine(guide.OutputDirectory, p)), guide.OutputDirectory);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join('\n', errors));
    }

    [NuCheckerFact]
    public void TheChecker_ReportsAnError_OnAPageThatHasOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), "backguide-tests", "vnu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var bad = Path.Combine(folder, "bad.html");
        File.WriteAllText(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div>x</div></span></body></html>");
        try
        {
            Assert.NotEmpty(RunChecker([bad], folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs vnu.jar on the files; returns one line per error ("page:line:col: message").</summary>
    private static List<string> RunChecker(IEnumerable<string> files, string root)
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
            var page = local.Length > 0 ? Path.GetRelativePath(root, "/" + local) : "?";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
            errors.Add($"{page}:{line}:{column}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}");
        }
        return errors;
    }
}
