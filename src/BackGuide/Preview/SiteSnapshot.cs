using BackGuide.Files;
using System.Collections.Frozen;
using BackGuide.Pipeline;

namespace BackGuide.Preview;

/// <summary>
/// A built site held in memory, by output path: what the preview server serves instead of the output folder. A page
/// re-rendered alone after an edit replaces its file without copying the rest; a replacement can be made only when
/// first asked for (the search index and the print document, which nobody may open before the next edit).
/// </summary>
public sealed class SiteSnapshot
{
    private readonly FrozenDictionary<string, Document> _files;
    private readonly IReadOnlyDictionary<string, Lazy<byte[]>> _replaced;

    private SiteSnapshot(FrozenDictionary<string, Document> files, int pageCount, IReadOnlyDictionary<string, Lazy<byte[]>>? replaced = null)
    {
        _files = files;
        PageCount = pageCount;
        _replaced = replaced ?? new Dictionary<string, Lazy<byte[]>>(StringComparer.Ordinal);
    }

    public static SiteSnapshot Empty { get; } = new(FrozenDictionary<string, Document>.Empty, 0);

    /// <summary>This site with some of its files' bytes replaced (each made when first read); every other file is shared.</summary>
    public SiteSnapshot With(IEnumerable<KeyValuePair<string, Lazy<byte[]>>> replacements)
    {
        var replaced = new Dictionary<string, Lazy<byte[]>>(_replaced, StringComparer.Ordinal);
        foreach (var (path, bytes) in replacements)
        {
            replaced[path] = bytes;
        }
        return new SiteSnapshot(_files, PageCount, replaced);
    }

    public int PageCount { get; }

    public int FileCount => _files.Count;

    public static SiteSnapshot From(IEnumerable<Document> documents)
    {
        var files = documents.Where(d => d.OutputPath.Length > 0)
            .GroupBy(d => d.OutputPath, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return new SiteSnapshot(files, files.Values.Count(d => d.Template is not null && d.OutputPath.EndsWith(".html", StringComparison.Ordinal)));
    }

    public bool Contains(string outputPath) => _files.ContainsKey(outputPath) || _replaced.ContainsKey(outputPath);

    /// <summary>Every output path the site holds.</summary>
    public IEnumerable<string> Paths => _files.Keys.Union(_replaced.Keys, StringComparer.Ordinal);

    /// <summary>The file's bytes: built in memory, or read from the input file it is copied from.</summary>
    public byte[]? Read(string outputPath)
    {
        if (_replaced.TryGetValue(outputPath, out var replaced))
        {
            return replaced.Value;
        }
        if (!_files.TryGetValue(outputPath, out var doc))
        {
            return null;
        }
        if (doc.CopyFrom is null)
        {
            return doc.Output.ToArray();
        }
        try
        {
            // Checked again when served: the file may have been swapped for a link or a FIFO since the build.
            var root = doc.Source is { } source ? source.FullPath[..^source.RelativePath.Length] : Path.GetDirectoryName(doc.CopyFrom)!;
            return UntrustedFile.Problem(doc.CopyFrom, root, UntrustedFile.MaxCopyBytes) is null
                ? UntrustedFile.ReadAllBytes(doc.CopyFrom, UntrustedFile.MaxCopyBytes)
                : null;
        }
        catch (IOException)
        {
            return null; // deleted since the build; the next rebuild drops it
        }
    }
}
