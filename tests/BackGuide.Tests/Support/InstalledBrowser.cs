namespace BackGuide.Tests.Support;

/// <summary>
/// A browser the tests drive, found the way a user's machine has it: the program an environment variable names,
/// else the first of the usual commands on PATH that is a real browser. A snap (or Ubuntu's shim that asks for one)
/// is passed over, since a snap cannot read the tests' temporary folders.
/// </summary>
public sealed record InstalledBrowser(string Name, string? ExecutablePath, string NotFound)
{
    public static InstalledBrowser Chromium { get; } = Find(
        "Chromium", "BACKGUIDE_CHROMIUM", ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"], "apt-get install chromium");

    public static InstalledBrowser Firefox { get; } = Find("Firefox", "BACKGUIDE_FIREFOX", ["firefox-esr", "firefox"], "apt-get install firefox-esr");

    /// <summary>With CI=true a test never skips for a missing tool: it runs and fails, so CI cannot pass by skipping.</summary>
    public static bool MustRun => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Why a test that needs this browser is skipped; null when it runs (the browser was found, or CI=true).</summary>
    public string? SkipReason => ExecutablePath is not null || MustRun ? null : NotFound + " (With CI=true this test fails instead.)";

    /// <summary>The browser's program, or the reason it was not found as the failure of a test that must run.</summary>
    public string RequirePath() => ExecutablePath ?? throw new InvalidOperationException("CI=true, and " + NotFound);

    private static InstalledBrowser Find(string name, string variable, string[] commands, string install)
    {
        var chosen = Environment.GetEnvironmentVariable(variable);
        var candidates = string.IsNullOrWhiteSpace(chosen) ? commands : [chosen.Trim()];
        var tried = new List<string>();
        foreach (var candidate in candidates)
        {
            var (path, problem) = Check(candidate);
            if (path is not null)
            {
                return new InstalledBrowser(name, path, "");
            }
            tried.Add($"{candidate} ({problem})");
        }
        var hint = string.IsNullOrWhiteSpace(chosen)
            ? $"install it ('{install}') or set {variable} to its program"
            : $"set {variable} to a browser's program, or unset it to look on PATH for {string.Join(", ", commands)}";
        return new InstalledBrowser(name, null, $"{name} not found: tried {string.Join("; ", tried)}. To run these tests, {hint}.");
    }

    /// <summary>The real program a command names, or what is wrong with it.</summary>
    private static (string? Path, string Problem) Check(string command)
    {
        var path = command.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(command) : OnPath(command);
        if (path is null)
        {
            return (null, "not on PATH");
        }
        if (!File.Exists(path))
        {
            return (null, "no such file");
        }
        var real = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        if (!File.Exists(real) || !IsExecutable(real))
        {
            return (null, $"{real} is not an executable file");
        }
        if (real.StartsWith("/snap/", StringComparison.Ordinal) || IsSnapShim(real))
        {
            return (null, $"{path} is a snap, or a shim asking for one, not a browser the tests can use");
        }
        return (real, "");
    }

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & UnixFileMode.UserExecute) != 0;

    private static string? OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);

    /// <summary>Ubuntu's chromium-browser and firefox packages install a small script that runs, or asks for, the snap.</summary>
    private static bool IsSnapShim(string file)
    {
        using var stream = File.OpenRead(file);
        var head = new byte[Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        if (head.Length < 2 || head[0] != '#' || head[1] != '!')
        {
            return false;
        }
        return System.Text.Encoding.UTF8.GetString(head).Contains("/snap/", StringComparison.Ordinal);
    }
}
