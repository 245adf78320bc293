using System.Runtime.InteropServices;
using System.Text;

namespace BackGuide.Files;

/// <summary>The path a path really names, every link on the way followed: where a link in an untrusted folder leads.</summary>
public static partial class RealPath
{
    private const int PathMax = 4096;

    /// <summary>The real, absolute path, or null with the system's reason (a broken link, a loop of links, no permission).</summary>
    public static string? Of(string path, out string? reason)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            reason = null;
            return Path.GetFullPath(path);
        }
        var buffer = new byte[PathMax];
        if (Resolve(path, buffer) == IntPtr.Zero)
        {
            var error = Marshal.GetLastPInvokeError();
            reason = error == ELoop ? "the links lead round in a loop" : Marshal.GetPInvokeErrorMessage(error);
            return null;
        }
        reason = null;
        return Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0));
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int ELoop => OperatingSystem.IsLinux() ? 40 : 62;

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr Resolve(string path, byte[] resolved);
}
