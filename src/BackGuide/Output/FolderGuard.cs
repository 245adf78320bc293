using BackGuide.Files;

namespace BackGuide.Output;

/// <summary>Refuses an output folder that a build could not safely replace: one that is, or holds, the input or theme, or that BackGuide did not make.</summary>
public static class FolderGuard
{
    /// <returns>Why the output folder is unsafe, or null when it is safe.</returns>
    public static string? Check(string input, string output, IEnumerable<string> themeFolders, bool workFolders = true)
    {
        if (IsSameOrInside(input, output))
        {
            return $"the output folder would contain the input folder ({input}); a build replaces the output whole. Choose an output folder outside it, such as --output output.";
        }
        if (IsSameOrInside(output, input))
        {
            return "the output folder is inside the input folder, so the next build would read the site as content. Choose an output folder outside input/.";
        }
        foreach (var theme in themeFolders)
        {
            if (IsSameOrInside(theme, output) || IsSameOrInside(output, theme))
            {
                return $"the output folder overlaps the theme folder ({theme}). Choose an output folder outside it.";
            }
        }
        if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, "BackGuide.sln")))
        {
            return "the output folder is a repository (it holds .git or BackGuide.sln); a build replaces the output whole. Choose another output folder, such as --output output.";
        }
        var workingFolder = Directory.GetCurrentDirectory();
        if (IsSameOrInside(workingFolder, output))
        {
            return $"the output folder would contain the current folder ({workingFolder}), and a build replaces the output whole. Choose an output folder below it, such as --output output.";
        }
        var folder = new OutputFolder(output);
        if (!folder.IsOursOrEmpty())
        {
            return "the output folder already holds files that BackGuide did not write, and a build replaces it whole. Choose an empty or new folder, or delete this one yourself if you no longer need it.";
        }
        if (IsMountPoint(folder.Path))
        {
            return "the output folder is a mount point (another file system is mounted there), and a build puts the new site in its place by renaming, which the system does not allow for a mount point. Pass a folder inside it instead, such as --output " + Path.Combine(folder.Path, "site") + ".";
        }
        // Another build's staging folder is ours only once it holds the marker: checked under the lock.
        return workFolders ? folder.ForeignWorkFolder() : null;
    }

    /// <returns>Why the output folder's name cannot be written beside, or null when it can.</returns>
    public static string? NameProblem(string output)
    {
        var name = Path.GetFileName(new OutputFolder(output).Path);
        return System.Text.Encoding.UTF8.GetByteCount("." + name + ".backguide-lock") > MaxNameBytes
            ? $"the output folder's name is {name.Length} characters long: a build writes beside it in .{Shorten(name)}.backguide-new, and that name is longer than the file system allows ({MaxNameBytes} bytes). Choose a shorter name."
            : null;
    }

    private const int MaxNameBytes = 255;

    private static string Shorten(string name) => name.Length > 20 ? name[..8] + "…" + name[^8..] : name;

    private static bool IsMountPoint(string path)
    {
        var status = FileStatus.Of(path);
        if (status.Kind != FileKind.Directory)
        {
            return false;
        }
        var parent = Path.GetDirectoryName(path);
        return status.IsMountRoot || (parent is not null && status.Device != 0 && FileStatus.Of(parent, followLinks: true).Device != status.Device);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or a folder inside it.</summary>
    private static bool IsSameOrInside(string inner, string outer)
    {
        var a = Path.GetFullPath(inner).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var b = Path.GetFullPath(outer).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.Ordinal);
    }
}
