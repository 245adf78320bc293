using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.FrontMatter;
using BackGuide.Markdown;
using BackGuide.Text;

namespace BackGuide.Import;

/// <summary>
/// <c>backguide import hugo|jekyll|mkdocs SOURCE</c>: converts a folder of another generator's pages into BackGuide
/// input. The source is untrusted like input/ (only its regular files are read, no link is followed out of it), and
/// nothing is written outside the target, which must be empty or new so that nobody's work is overwritten.
/// </summary>
public static class SiteImporter
{
    public static ImportResult Run(SourceGenerator generator, string source, string target)
    {
        var diagnostics = new DiagnosticBag();
        source = Path.GetFullPath(source);
        target = Path.GetFullPath(target);
        var targetName = SourceFile.DisplayPathFor(target);
        if (!Directory.Exists(source))
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(source), 0, 0, Severity.Error, DiagnosticCodes.ImportSourceMissing,
                $"there is no folder here to import. Give the folder that holds the {generator} site (its {Settings(generator)})."));
            return new ImportResult(diagnostics.ToSortedList(), 0, 0);
        }
        if ((Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()) || File.Exists(target))
        {
            diagnostics.Add(new Diagnostic(targetName, 0, 0, Severity.Error, DiagnosticCodes.ImportTargetNotEmpty,
                "this folder is not empty, and import writes only into an empty or new folder, so that nothing of yours is overwritten. Give another folder with --input, or empty this one."));
            return new ImportResult(diagnostics.ToSortedList(), 0, 0);
        }
        var configuration = SourceConfiguration.Read(generator, source, diagnostics);
        var pagesRoot = PagesRoot(generator, source, configuration, diagnostics);
        var files = Collect(generator, pagesRoot, diagnostics);
        if (!files.Any(f => f.IsPage))
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(pagesRoot), 0, 0, Severity.Error, DiagnosticCodes.ImportSourceMissing,
                $"this folder holds no Markdown pages to import. Give the folder that holds the {generator} site (its {Settings(generator)})."));
            return new ImportResult(diagnostics.ToSortedList(), 0, 0);
        }
        Directory.CreateDirectory(target);
        var writer = new ImportWriter(target, diagnostics);
        if (configuration.Title is null)
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(source), 0, 0, Severity.Warning, DiagnosticCodes.ImportNotConverted,
                $"no site title was found (in its {Settings(generator)}), so site.yml takes the folder's name. Set 'title' in {targetName}/site.yml."));
        }
        writer.Write("site.yml", configuration.ToSiteYaml(Path.GetFileName(source)), SourceFile.Create(source, source));
        var pages = 0;
        var copied = 0;
        foreach (var file in files)
        {
            var sourceFile = SourceFile.Create(file.SourcePath, pagesRoot);
            byte[] bytes;
            try
            {
                bytes = UntrustedFile.ReadAllBytes(file.SourcePath, file.IsPage ? UntrustedFile.MaxTextBytes : UntrustedFile.MaxCopyBytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(sourceFile, 0, 0, DiagnosticCodes.UnsafeInputFile, UntrustedFile.CannotRead("file", ex));
                continue;
            }
            if (!file.IsPage)
            {
                copied += writer.Write(file.Target, bytes, sourceFile) ? 1 : 0;
                continue;
            }
            if (!TextDecoder.TryDecode(bytes, out var text, out _))
            {
                diagnostics.Error(sourceFile, 1, 1, DiagnosticCodes.NotText, "this page is not UTF-8 text, so it was not imported. Save it as UTF-8 and import again.");
                continue;
            }
            if (PageImporter.Convert(generator, file, text, sourceFile, diagnostics) is { } page)
            {
                pages += writer.Write(file.Target, page, sourceFile) ? 1 : 0;
            }
        }
        return new ImportResult(diagnostics.ToSortedList(), pages, copied);
    }

    private static string Settings(SourceGenerator generator) => generator switch
    {
        SourceGenerator.Hugo => "hugo.toml or config.toml, and content/",
        SourceGenerator.Jekyll => "_config.yml",
        _ => "mkdocs.yml, and docs/",
    };

    /// <summary>The folder of pages: Hugo's content/, MkDocs' docs_dir (docs/), Jekyll's whole folder. It must be inside the source.</summary>
    private static string PagesRoot(SourceGenerator generator, string source, SourceConfiguration configuration, DiagnosticBag diagnostics)
    {
        var folder = generator switch
        {
            SourceGenerator.Hugo => "content",
            SourceGenerator.MkDocs => configuration.PagesFolder ?? "docs",
            _ => ".",
        };
        var root = Path.GetFullPath(Path.Combine(source, folder));
        var real = RealPath.Of(root, out _);
        if (real is null || !RealPath.IsInside(real, RealPath.Of(source, out _) ?? source) || !Directory.Exists(root))
        {
            if (folder != ".")
            {
                diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(source), 0, 0, Severity.Warning, DiagnosticCodes.ImportNotConverted,
                    $"there is no folder '{folder}' inside it, where {generator} keeps its pages, so its pages are taken from the folder itself."));
            }
            return source;
        }
        return root;
    }

    /// <summary>Every file of the guide in the pages folder, in a stable order, each with its place under input/.</summary>
    private static List<ImportFile> Collect(SourceGenerator generator, string root, DiagnosticBag diagnostics)
    {
        var found = UntrustedFolder.Files(root,
            includeFolder: (dir, name) =>
            {
                var atRoot = dir == root;
                if (ImportLayout.IsUnimportedCollection(generator, atRoot, name))
                {
                    diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(Path.Combine(dir, name)), 0, 0, Severity.Warning, DiagnosticCodes.ImportNotConverted,
                        "this folder (a Jekyll collection?) was not imported: only pages, _posts and _drafts are. Move its pages into a folder without '_' and import again."));
                }
                return ImportLayout.IncludeFolder(generator, atRoot, name);
            },
            includeFile: (dir, name) => ImportLayout.IncludeFile(generator, dir == root, name),
            limit: name => ImportLayout.IsMarkdown(name) ? UntrustedFile.MaxTextBytes : UntrustedFile.MaxCopyBytes).ToList();
        var files = new List<ImportFile>();
        foreach (var (path, problem) in found.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (problem is not null)
            {
                diagnostics.Error(SourceFile.Create(path, root), 0, 0, DiagnosticCodes.UnsafeInputFile, problem + " It was not imported.");
            }
            else if (relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && generator != SourceGenerator.MkDocs)
            {
                diagnostics.Warning(SourceFile.Create(path, root), 0, 0, DiagnosticCodes.ImportNotConverted,
                    "an HTML page was not imported: BackGuide makes its pages from Markdown, and the theme gives them their HTML. Write its text as a .md page.");
            }
            else
            {
                files.Add(ImportLayout.Place(generator, path, relative));
            }
        }
        return files;
    }
}
