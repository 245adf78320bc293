using System.Buffers;
using System.Runtime.InteropServices;

namespace BackGuide.Output;

/// <summary>
/// The output of the previous build, read while the next one is staged: a file whose bytes have not changed is hard
/// linked into the staging folder instead of written again. Creating a file is the dearest thing a rebuild does (on
/// ext4, right after the previous site was deleted, each new file costs up to half a millisecond of system time; see
/// bench/README.md), and a link makes no new file. The previous file is only read, never written; after the swap the
/// old tree is deleted, which leaves the linked files in the new site alone.
/// </summary>
internal sealed partial class PreviousOutput
{
    private const int CompareChunk = 64 * 1024;
    private static volatile bool s_linksFail = !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD());
    private readonly string _root;
    private volatile bool _cannotLink;

    private PreviousOutput(string root) => _root = root;

    /// <summary>The output folder as the previous build left it, or null when there is none of BackGuide's to keep files from.</summary>
    public static PreviousOutput? Of(OutputFolder folder) =>
        !s_linksFail && File.Exists(Path.Combine(folder.Path, OutputFolder.MarkerFile)) ? new PreviousOutput(folder.Path) : null;

    /// <summary>Links the previous file at <paramref name="outputPath"/> to <paramref name="target"/> when it holds exactly <paramref name="bytes"/>.</summary>
    public bool TryKeep(string outputPath, ReadOnlySpan<byte> bytes, string target)
    {
        if (s_linksFail || _cannotLink)
        {
            return false;
        }
        var previous = Path.Combine(_root, outputPath);
        try
        {
            return HoldsExactly(previous, bytes) && TryLink(previous, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Links the previous file at <paramref name="outputPath"/> to <paramref name="target"/> when it holds what <paramref name="fromFile"/> holds, read a chunk at a time.</summary>
    public bool TryKeepCopy(string outputPath, string fromFile, string target)
    {
        if (s_linksFail || _cannotLink)
        {
            return false;
        }
        var previous = Path.Combine(_root, outputPath);
        try
        {
            if (!File.Exists(previous))
            {
                return false;
            }
            using var source = File.OpenHandle(fromFile, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var kept = File.OpenHandle(previous, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(source);
            if (RandomAccess.GetLength(kept) != length)
            {
                return false;
            }
            var chunk = ArrayPool<byte>.Shared.Rent(CompareChunk);
            try
            {
                for (long offset = 0; offset < length;)
                {
                    var read = RandomAccess.Read(source, chunk, offset);
                    if (read <= 0 || !SameAt(kept, chunk.AsSpan(0, read), offset))
                    {
                        return false;
                    }
                    offset += read;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return TryLink(previous, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Hard links <paramref name="previous"/> (a plain file, never a symbolic link) as <paramref name="target"/>.</summary>
    private bool TryLink(string previous, string target)
    {
        try
        {
            if (File.ResolveLinkTarget(previous, returnFinalTarget: false) is not null)
            {
                return false;
            }
            if (Link(previous, target) == 0)
            {
                return true;
            }
            // A file system without hard links (or across devices) refuses every link: stop comparing, just write.
            _cannotLink |= Marshal.GetLastPInvokeError() is not EExist;
            return false;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            s_linksFail = true;
            return false;
        }
    }

    private static bool HoldsExactly(string path, ReadOnlySpan<byte> bytes)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != bytes.Length)
        {
            return false;
        }
        for (var offset = 0; offset < bytes.Length; offset += CompareChunk)
        {
            if (!SameAt(handle, bytes.Slice(offset, Math.Min(CompareChunk, bytes.Length - offset)), offset))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the file holds <paramref name="expected"/> at <paramref name="offset"/>.</summary>
    private static bool SameAt(Microsoft.Win32.SafeHandles.SafeFileHandle file, ReadOnlySpan<byte> expected, long offset)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Max(expected.Length, 1));
        try
        {
            var done = 0;
            while (done < expected.Length)
            {
                var read = RandomAccess.Read(file, chunk.AsSpan(done, expected.Length - done), offset + done);
                if (read <= 0)
                {
                    return false;
                }
                done += read;
            }
            return chunk.AsSpan(0, expected.Length).SequenceEqual(expected);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private const int EExist = 17;

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string newPath);
}
