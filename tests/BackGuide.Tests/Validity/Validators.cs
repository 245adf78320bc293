using BackGuide.Tests.Support;

namespace BackGuide.Tests.Validity;

/// <summary>
/// The npm project tools/validators (vnu-jar for the Nu HTML Checker, axe-core for accessibility), installed by
/// <c>npm ci</c> in .ci/run. Without it (or without Java) the validator tests are skipped with the reason, unless
/// CI=true, where they run and fail.
/// </summary>
public static class Validators
{
    public static string Folder => Path.Combine(Repository.Root, "tools", "validators");

    public static string VnuJar => Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string AxeScript => Path.Combine(Folder, "node_modules", "axe-core", "axe.min.js");

    public static string? JavaPath { get; } = FindOnPath("java");

    public static string? NuSkipReason() =>
        Environment.GetEnvironmentVariable("CI") == "true" ? null
        : JavaPath is null ? "Java is not installed: install default-jre-headless. (With CI=true this test fails instead.)"
        : !File.Exists(VnuJar) ? $"{VnuJar} is missing: run 'npm ci' in tools/validators. (With CI=true this test fails instead.)"
        : null;

    public static string? AxeSkipReason() =>
        BrowserSession.SkipReason() ?? (Environment.GetEnvironmentVariable("CI") == "true" || File.Exists(AxeScript) ? null
            : $"{AxeScript} is missing: run 'npm ci' in tools/validators. (With CI=true this test fails instead.)");

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>A test that needs Java and the Nu HTML Checker; skipped with the reason when they are missing, except with CI=true.</summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        if (Validators.NuSkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A data-driven test that needs Chromium and axe-core; skipped with the reason when they are missing, except with CI=true.</summary>
public sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute()
    {
        if (Validators.AxeSkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
