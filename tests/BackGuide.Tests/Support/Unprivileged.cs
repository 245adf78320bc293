using System.Diagnostics;

namespace BackGuide.Tests.Support;

/// <summary>
/// Runs backguide as a user who cannot read a file whose permissions forbid it. Root reads everything, so as root the
/// program is run as "nobody" through setpriv (util-linux, on every Debian and Ubuntu); as anyone else, directly.
/// </summary>
public static class Unprivileged
{
    private const int Nobody = 65534;

    public static string? SkipReason() =>
        Environment.IsPrivilegedProcess && !File.Exists("/usr/bin/setpriv")
            ? "running as root without /usr/bin/setpriv, so nothing can be made unreadable to the build (apt install util-linux)"
            : null;

    /// <summary>Runs backguide in <paramref name="site"/>, handing the site's folder to that user first.</summary>
    public static CliRunner.Run Build(TestSite site, params string[] args)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return CliRunner.Invoke(site.Root, ["build", .. args]);
        }
        Chown(site.Root);
        return CliRunner.InvokeAs(["/usr/bin/setpriv", $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups"], site.Root, ["build", .. args]);
    }

    private static void Chown(string folder)
    {
        using var chown = Process.Start(new ProcessStartInfo("chown", ["-h", "-R", $"{Nobody}:{Nobody}", folder]) { UseShellExecute = false })!;
        chown.WaitForExit();
        Assert.Equal(0, chown.ExitCode);
    }
}

/// <summary>A test that needs files to be unreadable to the build; skipped with the reason when they cannot be.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (Unprivileged.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A data-driven <see cref="UnprivilegedFactAttribute"/>.</summary>
public sealed class UnprivilegedTheoryAttribute : TheoryAttribute
{
    public UnprivilegedTheoryAttribute()
    {
        if (Unprivileged.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
