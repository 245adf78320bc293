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
            if (!HoldsExactly(previous, bytes) || File.ResolveLinkTarget(previous, returnFinalTarget: false) is not null)
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
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
        var chunk = ArrayPool<byte>.Shared.Rent(Math.Min(CompareChunk, Math.Max(bytes.Length, 1)));
        try
        {
            long offset = 0;
            while (offset < bytes.Length)
            {
                var want = (int)Math.Min(chunk.Length, bytes.Length - offset);
                var read = RandomAccess.Read(handle, chunk.AsSpan(0, want), offset);
                if (read <= 0 || !chunk.AsSpan(0, read).SequenceEqual(bytes.Slice((int)offset, read)))
                {
                    return false;
                }
                offset += read;
            }
            return true;
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
