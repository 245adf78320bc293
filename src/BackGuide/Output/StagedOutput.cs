using System.Collections.Concurrent;
using System.Text;

namespace BackGuide.Output;

/// <summary>
/// The new site as it is written: files go into the staging folder as soon as they are rendered, so a build never
/// holds the whole site in memory, and the staging folder replaces the output folder only when the build succeeds.
/// Thread-safe; the staging folder is made on the first write.
/// </summary>
public sealed class StagedOutput(OutputFolder folder)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Lazy<string> _root = new(folder.BeginStaging, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>A UTF-8 writer (no byte order mark) for the file at <paramref name="outputPath"/>; a small buffer keeps it off the large-object heap.</summary>
    public StreamWriter OpenText(string outputPath) => new(Create(outputPath), Utf8, bufferSize: 8 * 1024);

    public void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes)
    {
        using var stream = Create(outputPath);
        stream.Write(bytes);
    }

    public void Copy(string fromFile, string outputPath) => File.Copy(fromFile, Target(outputPath), overwrite: true);

    /// <summary>Puts the staged site in place of the output folder (an empty site if nothing was written).</summary>
    public void Commit()
    {
        _ = _root.Value;
        folder.Commit();
    }

    /// <summary>Throws away whatever was staged; the output folder stays as it was.</summary>
    public void Abandon()
    {
        if (_root.IsValueCreated)
        {
            folder.Abandon();
        }
    }

    private FileStream Create(string outputPath) =>
        new(Target(outputPath), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);

    private string Target(string outputPath)
    {
        var target = Path.Combine(_root.Value, outputPath);
        var directory = Path.GetDirectoryName(target)!;
        // The folder is made before the key is added, so no thread can see the key and write into a folder not yet there.
        _folders.GetOrAdd(directory, static folder => Directory.CreateDirectory(folder).Exists);
        return target;
    }
}
