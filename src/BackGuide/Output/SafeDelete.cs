using BackGuide.Files;

namespace BackGuide.Output;

/// <summary>
/// Deletes a folder and everything in it without ever following a link: a link (to a file or a folder, anywhere) is
/// removed itself, and what it leads to is left alone. So no output, staging or retired folder, whatever a previous step
/// put in it, can make a build delete anything outside it.
/// </summary>
internal static class SafeDelete
{
    /// <summary>
    /// Removing a file mostly waits on the file system, not on a core, so many removals run at once: on this machine
    /// 4,000 pages went from 2–7 s to 1–3 s (bench/README.md).
    /// </summary>
    private const int Parallelism = 8;

    /// <param name="path">The folder (or a link in its place) to remove.</param>
    /// <param name="lastFile">
    /// A file name at the top of the folder to remove after everything else, so that a build killed part way through
    /// leaves either that file (the marker saying the folder is BackGuide's, so the next build may clear it) or an empty
    /// folder, never a folder of leftovers that looks like someone else's.
    /// </param>
    public static void Tree(string path, string? lastFile = null)
    {
        var status = FileStatus.Of(path);
        if (status.Kind == FileKind.Missing)
        {
            return;
        }
        if (status.Kind != FileKind.Directory)
        {
            File.Delete(path); // a link in place of the folder: unlinked, its target untouched
            return;
        }
        var files = new List<string>();
        var folders = new List<string>();
        var pending = new Stack<string>();
        pending.Push(path);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            folders.Add(folder);
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
            {
                var isFolder = (entry.Attributes & FileAttributes.Directory) != 0 && (entry.Attributes & FileAttributes.ReparsePoint) == 0
                    && FileStatus.Of(entry.FullName).Kind == FileKind.Directory;
                if (isFolder)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }
        var last = lastFile is null ? null : Path.Combine(path, lastFile);
        if (last is not null)
        {
            files.Remove(last);
        }
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, Parallelism), completion);
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, File.Delete);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, completion);
        }
        for (var i = folders.Count - 1; i > 0; i--)
        {
            Directory.Delete(folders[i], recursive: false);
        }
        if (last is not null && FileStatus.Of(last).Kind != FileKind.Missing)
        {
            File.Delete(last);
        }
        Directory.Delete(path, recursive: false);
    }
}
