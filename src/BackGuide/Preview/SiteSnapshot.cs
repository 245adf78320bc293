using BackGuide.Files;
using System.Collections.Frozen;
using BackGuide.Pipeline;

namespace BackGuide.Preview;

/// <summary>A built site held in memory, by output path: what the preview server serves instead of the output folder.</summary>
public sealed class SiteSnapshot
{
    private readonly FrozenDictionary<string, Document> _files;

    private SiteSnapshot(FrozenDictionary<string, Document> files, int pageCount)
    {
        _files = files;
        PageCount = pageCount;
    }

    public static SiteSnapshot Empty { get; } = new(FrozenDictionary<string, Document>.Empty, 0);

    public int PageCount { get; }

    public int FileCount => _files.Count;

    public static SiteSnapshot From(IEnumerable<Document> documents)
    {
        var files = documents.Where(d => d.OutputPath.Length > 0)
            .GroupBy(d => d.OutputPath, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return new SiteSnapshot(files, files.Values.Count(d => d.Template is not null && d.OutputPath.EndsWith(".html", StringComparison.Ordinal)));
    }

    public bool Contains(string outputPath) => _files.ContainsKey(outputPath);

    /// <summary>Every output path the site holds.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>The file's bytes: built in memory, or read from the input file it is copied from.</summary>
    public byte[]? Read(string outputPath)
    {
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
