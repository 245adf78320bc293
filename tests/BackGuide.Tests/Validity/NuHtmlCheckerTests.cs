using System.Diagnostics;
using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Validity;

[Collection(ShippedGuideGroup.Name)]
public sealed class NuHtmlCheckerTests(ShippedGuide guide)
{
    [NuCheckerFact]
    public void EveryPageOfTheShippedGuide_PassesTheNuHtmlChecker()
    {
        Assert.True(guide.Result.Succeeded);
        var pages = guide.HtmlFiles.ToList();
        Assert.Contains("index.html", pages);

        var errors = RunChecker(pages.Select(p => Path.Combine(guide.OutputDirectory, p)));

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:\n" + string.Join('\n', errors));
    }

    /// <summary>Runs vnu.jar on the files; returns one line per error ("page:line:col: message").</summary>
    private List<string> RunChecker(IEnumerable<string> files)
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
            var page = url.Length > 0 ? Path.GetRelativePath(guide.OutputDirectory, new Uri(url).LocalPath) : "?";
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
            errors.Add($"{page}:{line}:{column}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}");
        }
        return errors;
    }
}
