using System.Collections.Concurrent;

namespace BackGuide.Output;

/// <summary>
/// The new site as it is written: files go into the staging folder as soon as they are rendered, so a build never
/// holds the whole site in memory, and the staging folder replaces the output folder only when the build succeeds.
/// A file with the same bytes as in the previous output is not written again: the staging folder gets a hard link to
/// the previous file (see <see cref="PreviousOutput"/>), so an unchanged page costs no new file and keeps its time stamp.
/// Thread-safe; the staging folder is made on the first write.
/// </summary>
public sealed class StagedOutput
{
    private readonly OutputFolder _folder;
    private readonly Lazy<string> _root;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private PreviousOutput? _previous;

    public StagedOutput(OutputFolder folder)
    {
        _folder = folder;
        _root = new(Begin, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// A UTF-8 writer (no byte order mark) for the file at <paramref name="outputPath"/>. What is written is gathered in
    /// pooled memory and placed when the writer is disposed; a file that grows large goes straight to disk instead.
    /// </summary>
    public TextWriter OpenText(string outputPath) => new StagedTextFile(this, outputPath);

    /// <summary>Places a whole file: kept from the previous output when its bytes are the same, written otherwise.</summary>
    public void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var target = Target(outputPath);
            if (_previous?.TryKeep(outputPath, bytes, target) == true)
            {
                return;
            }
            using var stream = CreateFile(target);
            stream.Write(bytes);
        }
        catch (Exception ex) when (ex is (IOException or UnauthorizedAccessException) and not OutputWriteException)
        {
            throw new OutputWriteException(OutputWriteException.Describe(ex), ex);
        }
    }

    /// <summary>Places a copy of a file: kept from the previous output when it is the same, copied otherwise; never read whole into memory.</summary>
    public void Copy(string fromFile, string outputPath)
    {
        OutputWriteException.Guard(() =>
        {
            var target = Target(outputPath);
            if (_previous?.TryKeepCopy(outputPath, fromFile, target) != true)
            {
                File.Copy(fromFile, target, overwrite: true);
            }
        });
    }

    /// <summary>A new file in the staging folder, for a file too large to gather in memory first.</summary>
    internal FileStream Create(string outputPath) => OutputWriteException.Guard(() => CreateFile(Target(outputPath)));

    /// <summary>Puts the staged site in place of the output folder (an empty site if nothing was written).</summary>
    public void Commit()
    {
        OutputWriteException.Guard(() =>
        {
            _ = _root.Value;
            _folder.Commit();
        });
    }

    /// <summary>Throws away whatever was staged; the output folder stays as it was.</summary>
    public void Abandon()
    {
        if (_root.IsValueCreated)
        {
            _folder.Abandon();
        }
    }

    private string Begin()
    {
        var root = _folder.BeginStaging();
        _previous = PreviousOutput.Of(_folder);
        return root;
    }

    private static FileStream CreateFile(string target)
    {
        try
        {
            // A new folder holds no file yet: CreateNew spares the truncation that Create asks of the system.
            return new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(target))
        {
            // An earlier attempt at this file (retried after a failure) left it behind.
            return new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
        }
    }

    private string Target(string outputPath)
    {
        var target = Path.Combine(_root.Value, outputPath);
        var directory = Path.GetDirectoryName(target)!;
        // The folder is made before the key is added, so no thread can see the key and write into a folder not yet there.
        _folders.GetOrAdd(directory, static folder => Directory.CreateDirectory(folder).Exists);
        return target;
    }
}
