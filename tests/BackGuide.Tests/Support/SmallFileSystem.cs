using System.Diagnostics;

namespace BackGuide.Tests.Support;

/// <summary>
/// A tmpfs of a given size mounted for one test, to build onto a full or read-only disk for real. Mounting needs root
/// (CAP_SYS_ADMIN); elsewhere the tests that use it are skipped with that reason.
/// </summary>
public sealed class SmallFileSystem : IDisposable
{
    private static readonly Lazy<string?> Reason = new(Probe);

    public SmallFileSystem(string size)
    {
        Root = Path.Combine(Path.GetTempPath(), "backguide-tests", "fs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        try
        {
            Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", Root);
        }
        catch
        {
            Directory.Delete(Root);
            throw;
        }
    }

    public string Root { get; }

    public static string? SkipReason() => Reason.Value;

    /// <summary>Makes the file system read-only, keeping what is on it.</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Root);

    public void Dispose()
    {
        Run("umount", Root);
        Directory.Delete(Root);
    }

    private static string? Probe()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return "mounting a small file system (tmpfs) to fill it needs root";
        }
        try
        {
            using var probe = new SmallFileSystem("64k");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return $"this machine does not allow mounting a tmpfs ({ex.Message})";
        }
    }

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)}: {error.Trim()}");
        }
    }
}

/// <summary>A test that builds onto a <see cref="SmallFileSystem"/>; skipped with the reason where one cannot be mounted.</summary>
public sealed class SmallFileSystemFactAttribute : FactAttribute
{
    public SmallFileSystemFactAttribute()
    {
        if (SmallFileSystem.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
