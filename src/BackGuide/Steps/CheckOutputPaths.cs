using System.Collections.Immutable;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Reports two documents that would be written to the same file (two pages with one slug, or a page that takes a
/// generated page's name), and a page whose output file name is longer than a file system allows.
/// </summary>
public sealed class CheckOutputPaths : IStep
{
    /// <summary>The longest file or folder name, in UTF-8 bytes, that Linux, macOS and Windows file systems all accept.</summary>
    public const int MaxNameBytes = 255;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        foreach (var doc in documents.Where(d => d.Source is not null))
        {
            var longest = doc.OutputPath.Split('/').MaxBy(part => Encoding.UTF8.GetByteCount(part))!;
            var bytes = Encoding.UTF8.GetByteCount(longest);
            if (bytes > MaxNameBytes)
            {
                var line = doc.Meta?.Slug is not null ? FindLine(doc, "slug:") : 0;
                context.Diagnostics.Error(doc.Source!, line, line > 0 ? 1 : 0, DiagnosticCodes.InvalidSlug,
                    $"this page would be written to a file named {bytes} bytes long ('{longest[..20]}…'), and file systems allow at most {MaxNameBytes}. Give it a shorter file name or 'slug'.");
            }
        }
        foreach (var clash in documents.GroupBy(d => d.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var owners = clash.ToList();
            foreach (var doc in owners.Where(d => d.Source is not null))
            {
                var others = owners.Where(o => o != doc)
                    .Select(o => o.Source is null ? "a page the build generates" : SourceLabel(o))
                    .ToList();
                var line = doc.Meta?.Slug is not null ? FindLine(doc, "slug:") : 1;
                context.Diagnostics.Error(doc.Source!, line, 1, DiagnosticCodes.DuplicatePage,
                    $"this page would be written to output/{clash.Key}, as would {string.Join(" and ", others)}. Give one of them another file name or 'slug'.");
            }
        }
        return documents;
    }

    private static string SourceLabel(Document doc) => doc.Source!.DisplayPath;

    private static int FindLine(Document doc, string prefix)
    {
        var lines = (doc.Yaml ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal))
            {
                return doc.YamlLine + i;
            }
        }
        return 1;
    }
}
