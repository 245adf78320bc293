using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BackGuide.Output;

/// <summary>
/// The exclusive lock a build holds on its output folder from the first check to the swap, so two builds into one
/// folder take turns instead of undoing each other's staging. It is the system's lock on a file beside the output
/// (<c>.NAME.backguide-lock</c>), which the system drops when the process ends however it ends, so a killed build never
/// leaves a stale lock. The lock is taken with flock itself, not through .NET's file sharing, which the program turns off.
/// </summary>
public sealed partial class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly SafeHandle _handle;

    private OutputLock(SafeHandle handle) => _handle = handle;

    /// <summary>The lock file for an output folder: <c>.output.backguide-lock</c> beside <c>output/</c>.</summary>
    public static string PathFor(OutputFolder folder) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(folder.Path) ?? folder.Path, "." + System.IO.Path.GetFileName(folder.Path) + ".backguide-lock");

    /// <summary>Takes the lock, waiting up to <paramref name="timeout"/> for another build to let it go; null when it did not.</summary>
    /// <param name="waiting">Called once, when the lock is held by another build and this one starts to wait.</param>
    /// <exception cref="IOException">The lock file cannot be made (a read-only or full file system, no permission).</exception>
    public static OutputLock? Acquire(string path, TimeSpan timeout, Action? waiting = null)
    {
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryAcquire(path) is { } held)
            {
                return held;
            }
            if (clock.Elapsed >= timeout)
            {
                return null;
            }
            if (!told)
            {
                waiting?.Invoke();
                told = true;
            }
            Thread.Sleep(Poll);
        }
    }

    /// <summary>Takes the lock if no other build holds it; null when one does.</summary>
    public static OutputLock? TryAcquire(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new OutputLock(File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (File.Exists(path))
            {
                return null;
            }
        }
        if (Files.FileStatus.Of(path).Kind is not (Files.FileKind.Missing or Files.FileKind.Regular))
        {
            throw new IOException($"the lock file {path} is not a plain file (a link, a folder or a special file was left there). Remove it.");
        }
        Create(path);
        var descriptor = Open(path, OpenFlags);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw new IOException($"cannot make the lock file {path}: {Marshal.GetPInvokeErrorMessage(error)}.", error);
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (Flock(descriptor, LockExclusive | LockNoWait) == 0)
        {
            return new OutputLock(handle);
        }
        var reason = Marshal.GetLastPInvokeError();
        handle.Dispose();
        if (reason is EWouldBlock or EAgainMac)
        {
            return null;
        }
        throw new IOException($"cannot lock {path}: {Marshal.GetPInvokeErrorMessage(reason)}.", reason);
    }

    /// <summary>Makes the lock file if there is none (with .NET, since the system's open takes its mode as a variable argument).</summary>
    private static void Create(string path)
    {
        if (File.Exists(path))
        {
            return;
        }
        try
        {
            using var created = File.Open(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (IOException) when (File.Exists(path))
        {
            // made by another build a moment ago, which may hold it
        }
    }

    /// <summary>Lets the lock go (closing the file does); the file itself stays, so no build ever locks a file another has just removed.</summary>
    public void Dispose() => _handle.Dispose();

    private const int LockExclusive = 2;
    private const int LockNoWait = 4;
    private const int EWouldBlock = 11;
    private const int EAgainMac = 35;

    // O_RDONLY | O_NONBLOCK | O_CLOEXEC (flock needs no write access; a FIFO put there must not block the open): the same
    // numbers on every Linux architecture .NET runs on; macOS and FreeBSD have their own.
    private static int OpenFlags => OperatingSystem.IsLinux() ? 0x800 | 0x80000 : OperatingSystem.IsMacOS() ? 0x4 | 0x1000000 : 0x4 | 0x100000;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);
}
