namespace BackGuide.Diagnostics;

/// <summary>A file the build reads: its full path, its path inside the input folder, and how to name it to the user.</summary>
public sealed record SourceFile(string FullPath, string RelativePath, string DisplayPath)
{
    /// <summary>Names a file the way a compiler would: relative to the working folder when it is below it.</summary>
    public static SourceFile Create(string fullPath, string rootFolder)
    {
        var relative = Path.GetRelativePath(rootFolder, fullPath).Replace('\\', '/');
        return new SourceFile(fullPath, relative, DisplayPathFor(fullPath));
    }

    public static string DisplayPathFor(string fullPath)
    {
        var cwd = Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(cwd, fullPath);
        var display = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return display.Replace('\\', '/');
    }
}
