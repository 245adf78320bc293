using System.Runtime.InteropServices;

namespace BackGuide.Files;

/// <summary>What a path is on the file system.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Link,

    /// <summary>A FIFO, a character or block device, or a socket: never opened, since reading one can block or never end.</summary>
    Special,
}

/// <summary>
/// What the file system says about a path without opening it: its kind and size. .NET reports a FIFO or a device as a
/// plain file, so on Linux this asks the system itself (statx, whose record is the same on every architecture).
/// </summary>
public readonly partial record struct FileStatus(FileKind Kind, long Size, bool IsMountRoot, ulong Device)
{
    /// <summary>The status of <paramref name="path"/> itself (a link is reported as a link) or, with <paramref name="followLinks"/>, of what it leads to.</summary>
    /// <exception cref="IOException">The path cannot be examined (no permission to search a folder on it, a name too long).</exception>
    public static FileStatus Of(string path, bool followLinks = false) =>
        OperatingSystem.IsLinux() ? OfLinux(path, followLinks) : OfPortable(path, followLinks);

    /// <summary>The status of an open file.</summary>
    public static FileStatus Of(Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStatus(FileKind.Regular, RandomAccess.GetLength(handle), false, 0);
        }
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Stat((int)handle.DangerousGetHandle(), "", AtEmptyPath) ?? new FileStatus(FileKind.Missing, 0, false, 0);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    private static FileStatus OfLinux(string path, bool followLinks) =>
        Stat(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow) ?? new FileStatus(FileKind.Missing, 0, false, 0);

    private static unsafe FileStatus? Stat(int directory, string path, int flags)
    {
        var buffer = stackalloc byte[StatxBytes];
        if (Statx(directory, path, flags, StatxType | StatxSizeMask | StatxMountId, buffer) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error is ENoEnt or ENotDir)
            {
                return null;
            }
            throw new IOException(Marshal.GetPInvokeErrorMessage(error), error);
        }
        var mode = *(ushort*)(buffer + 28);
        var kind = (mode & SIfMt) switch
        {
            SIfReg => FileKind.Regular,
            SIfDir => FileKind.Directory,
            SIfLnk => FileKind.Link,
            _ => FileKind.Special,
        };
        var attributes = *(ulong*)(buffer + 8);
        var device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        return new FileStatus(kind, (long)*(ulong*)(buffer + 40), (attributes & StatxAttrMountRoot) != 0, device);
    }

    private static FileStatus OfPortable(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return new FileStatus(FileKind.Missing, 0, false, 0);
        }
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
            {
                return new FileStatus(FileKind.Link, 0, false, 0);
            }
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            if (final is null || !final.Exists)
            {
                return new FileStatus(FileKind.Missing, 0, false, 0);
            }
            info = final;
        }
        return info is FileInfo file ? new FileStatus(FileKind.Regular, file.Length, false, 0) : new FileStatus(FileKind.Directory, 0, false, 0);
    }

    private const int StatxBytes = 256;
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSizeMask = 0x200;
    private const uint StatxMountId = 0x1000;
    private const ulong StatxAttrMountRoot = 0x2000;
    private const int SIfMt = 0xF000;
    private const int SIfReg = 0x8000;
    private const int SIfDir = 0x4000;
    private const int SIfLnk = 0xA000;
    private const int ENoEnt = 2;
    private const int ENotDir = 20;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
