using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.Pipeline;
using BackGuide.Text;

namespace BackGuide.Steps;

/// <summary>
/// Reads every file under input/: Markdown pages become documents with their text; other files are copied as they are.
/// Folders and files whose names start with '_' or '.' (such as <c>_theme/</c>) and <c>site.yml</c> are not content.
/// </summary>
public sealed class ReadFiles : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var found = Enumerate(context.InputRoot).ToList();
        foreach (var (path, problem) in found.Where(f => f.Problem is not null))
        {
            context.Diagnostics.Error(SourceFile.Create(path, context.InputRoot), 0, 0, DiagnosticCodes.UnsafeInputFile, problem!);
        }
        var files = found.Where(f => f.Problem is null).Select(f => SourceFile.Create(f.Path, context.InputRoot))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        var paths = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var hugo in files.Where(f => Path.GetFileName(f.RelativePath) == PagePaths.HugoIndex).ToList())
        {
            var index = hugo.RelativePath[..^PagePaths.HugoIndex.Length] + "index.md";
            if (paths.Contains(index))
            {
                // Both read, they would make the folder's one page twice; BackGuide's own name for it wins.
                context.Diagnostics.Error(hugo, 1, 1, DiagnosticCodes.DuplicatePage,
                    $"this folder has both Hugo's _index.md and input/{index}, and both would be its page, output/{PagePaths.OutputPathFor(index, "index")}. Merge the two into index.md and delete _index.md.");
                files.Remove(hugo);
            }
        }
        var read = new Document[files.Count];
        Parallel.For(0, files.Count, i => read[i] = Read(files[i], context));
        if (read.All(d => d.CopyFrom is not null) && found.All(f => f.Problem is null))
        {
            context.Diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(context.InputRoot), 0, 0, Severity.Warning, DiagnosticCodes.NoPages,
                "the input folder holds no Markdown pages, so the site has only generated pages. Add input/index.md for the home page, and a .md file for each page, such as input/guide/start-here.md."));
        }
        return [.. documents, .. read];
    }

    /// <summary>
    /// Every content file, with why it may not be read when it may not. Names starting with '_' or '.' are not content,
    /// except Hugo's <c>_index.md</c>, which is read as its folder's <c>index.md</c>.
    /// </summary>
    private static IEnumerable<(string Path, string? Problem)> Enumerate(string root) =>
        UntrustedFolder.Files(root,
            includeFolder: (_, name) => !name.StartsWith('_') && !name.StartsWith('.'),
            includeFile: (dir, name) => name == PagePaths.HugoIndex
                || !(name.StartsWith('_') || name.StartsWith('.') || (dir == root && name is "site.yml" or "site.yaml")),
            limit: name => name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? UntrustedFile.MaxTextBytes : UntrustedFile.MaxCopyBytes);

    private static Document Read(SourceFile file, BuildContext context)
    {
        var relative = file.RelativePath;
        if (!relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return new Document { Source = file, OutputPath = relative, CopyFrom = file.FullPath, Kind = PageKind.Generated };
        }
        var section = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";
        var kind = !relative.Contains('/', StringComparison.Ordinal) && PagePaths.IsIndex(relative) ? PageKind.Home
            : PagePaths.IsIndex(relative) ? PageKind.SectionIndex
            : Sections.KindOf(section);
        byte[] bytes;
        try
        {
            bytes = UntrustedFile.ReadAllBytes(file.FullPath, UntrustedFile.MaxTextBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Changed since it was looked at: made unreadable, or replaced by something that is not a file.
            context.Diagnostics.Error(file, 0, 0, DiagnosticCodes.UnsafeInputFile, UntrustedFile.CannotRead("file", ex));
            return new Document { Source = file, OutputPath = relative, Kind = kind, Failed = true };
        }
        var slug = PagePaths.Slugify(Path.GetFileNameWithoutExtension(relative));
        var doc = new Document
        {
            Source = file,
            OutputPath = PagePaths.OutputPathFor(relative, slug),
            Kind = kind,
            Section = section,
            Slug = slug,
            Template = TemplateFor(kind),
        };
        if (!TextDecoder.TryDecode(bytes, out var text, out var bad))
        {
            var (line, column) = PositionOf(bytes, bad);
            context.Diagnostics.Error(file, line, column, DiagnosticCodes.NotText, bytes.AsSpan().IndexOf((byte)0) >= 0
                ? "this file is not text (it contains a NUL byte). A page must be UTF-8 Markdown; move binary files out of the .md name."
                : "this file is not valid UTF-8. Save it as UTF-8 (most editors offer 'Save with encoding').");
            return doc with { Failed = true };
        }
        return doc with { Text = text };
    }

    private static string TemplateFor(PageKind kind) => kind switch
    {
        PageKind.Home => "home",
        PageKind.Exercise => "exercise",
        PageKind.SelfCare => "self-care",
        PageKind.SectionIndex => "list",
        _ => "page",
    };

    private static (int Line, int Column) PositionOf(byte[] bytes, long offset)
    {
        var line = 1;
        var lineStart = 0L;
        for (var i = 0L; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, (int)(offset - lineStart) + 1);
    }
}
