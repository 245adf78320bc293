namespace BackGuide.Files;

/// <summary>
/// Walks a folder that takes pull requests (input/, a folder being imported) by <see cref="UntrustedFile"/>'s rules:
/// a link, to a file or a folder, is followed only when it leads inside the folder; a folder reached twice through
/// links is walked once; each file comes with why it may not be read, when it may not.
/// </summary>
public static class UntrustedFolder
{
    /// <param name="root">The folder to walk.</param>
    /// <param name="includeFolder">Whether to walk a sub-folder, given the folder it is in and its name.</param>
    /// <param name="includeFile">Whether a file is wanted, given its folder and its name.</param>
    /// <param name="limit">The most bytes a file of this name may hold.</param>
    public static IEnumerable<(string Path, string? Problem)> Files(
        string root, Func<string, string, bool> includeFolder, Func<string, string, bool> includeFile, Func<string, long> limit)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath.Of(root, out _) ?? root };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] subs = [], files = [];
            string? unreadable = null;
            try
            {
                subs = Directory.GetDirectories(dir);
                files = Directory.GetFiles(dir);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable = UntrustedFile.CannotRead("folder", ex);
            }
            if (unreadable is not null)
            {
                yield return (dir, unreadable);
            }
            foreach (var sub in subs)
            {
                if (!includeFolder(dir, Path.GetFileName(sub)))
                {
                    continue;
                }
                if (FileStatus.Of(sub).Kind == FileKind.Link && UntrustedFile.LinkProblem(sub, root) is { } problem)
                {
                    yield return (sub, problem);
                    continue;
                }
                if (visited.Add(RealPath.Of(sub, out _) ?? sub))
                {
                    pending.Push(sub);
                }
            }
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                if (includeFile(dir, name))
                {
                    yield return (file, UntrustedFile.Problem(file, root, limit(name)));
                }
            }
        }
    }
}
