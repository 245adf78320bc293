namespace BackGuide.Files;

/// <summary>
/// The rules for reading a file from a folder that takes pull requests (input/, a theme folder): only regular files are
/// read; a link may lead only to somewhere inside the same folder; nothing is read without a size limit. So a link to
/// <c>/proc/self/environ</c> or <c>/etc/passwd</c> is never copied into the site, and a FIFO or <c>/dev/zero</c> never
/// hangs or floods the build.
/// </summary>
public static class UntrustedFile
{
    /// <summary>The most a page, site.yml or a template may hold (a 5 MB page builds; no real page comes close).</summary>
    public const long MaxTextBytes = 16L << 20;

    /// <summary>The most a file copied as it is (a picture, a PDF) may hold.</summary>
    public const long MaxCopyBytes = 256L << 20;

    /// <summary>Why the file at <paramref name="path"/>, under <paramref name="root"/>, must not be read, or null when it may.</summary>
    public static string? Problem(string path, string root, long limit)
    {
        FileStatus status;
        try
        {
            status = FileStatus.Of(path);
            if (status.Kind == FileKind.Link)
            {
                if (LinkProblem(path, root) is { } problem)
                {
                    return problem;
                }
                status = FileStatus.Of(path, followLinks: true);
            }
        }
        catch (IOException ex)
        {
            return $"this file cannot be examined ({ex.Message.TrimEnd('.')}). Check its permissions.";
        }
        return status.Kind switch
        {
            FileKind.Regular when status.Size > limit =>
                $"this file is {Megabytes(status.Size)}, more than the {Megabytes(limit)} a file may be. Make it smaller, or keep it out of the guide's folders.",
            FileKind.Regular => ReadProblem(path),
            FileKind.Missing => "this file is a link that leads nowhere. Remove the link, or point it at a file in the same folder.",
            _ => "this is not a regular file (it is a FIFO, a device or a socket), and reading one can block or never end. Remove it from the guide's folders.",
        };
    }

    /// <summary>Why a regular file cannot be opened for reading (its permissions), or null when it can.</summary>
    private static string? ReadProblem(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CannotRead("file", ex);
        }
    }

    /// <summary>The message for a file or folder the build may not read.</summary>
    public static string CannotRead(string what, Exception ex) =>
        $"this {what} cannot be read ({Reason(ex)}). Check its permissions (chmod a+r{(what == "folder" ? "x" : "")}), or move it out of the guide's folders.";

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        _ when ex.Message.Contains(" : '", StringComparison.Ordinal) => ex.Message[..ex.Message.IndexOf(" : '", StringComparison.Ordinal)],
        _ => ex.Message.TrimEnd('.'),
    };

    /// <summary>Why a link (to a file or a folder) must not be followed: it leads outside <paramref name="root"/>, or nowhere.</summary>
    public static string? LinkProblem(string path, string root)
    {
        var target = RealPath.Of(path, out var reason);
        if (target is null)
        {
            return $"this is a link that cannot be followed ({reason}). Remove it, or point it at a file in the same folder.";
        }
        var realRoot = RealPath.Of(root, out _) ?? Path.GetFullPath(root);
        return RealPath.IsInside(target, realRoot)
            ? null
            : $"this is a link to {target}, outside {Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar))}/, and a build never reads outside the guide's folders. Copy the file in instead of linking to it.";
    }

    /// <summary>Reads a file that <see cref="Problem"/> allowed, checking again on the open file, never more than <paramref name="limit"/> bytes.</summary>
    /// <exception cref="IOException">The file changed into something that may not be read, or grew past the limit.</exception>
    public static byte[] ReadAllBytes(string path, long limit)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var status = FileStatus.Of(handle);
        if (status.Kind != FileKind.Regular || status.Size > limit)
        {
            throw new IOException($"{path} is not a regular file of at most {Megabytes(limit)}.");
        }
        var bytes = new byte[status.Size];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0)
            {
                return bytes[..read];
            }
            read += n;
        }
        return bytes;
    }

    private static string Megabytes(long bytes) => bytes >= 1L << 20 ? $"{bytes / (double)(1L << 20):0.#} MiB" : $"{bytes / 1024.0:0.#} KiB";
}
