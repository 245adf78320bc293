using System.Diagnostics;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Output;
using BackGuide.Templates;

namespace BackGuide.Pipeline;

/// <summary>The entry point of the engine: checks the folders, loads settings and theme, runs the pipeline.</summary>
/// <param name="loadTemplates">How to compile the theme's templates; preview passes a cache that keeps them between rebuilds.</param>
/// <param name="caches">What the previous build of a preview session made, to reuse where nothing it depends on changed.</param>
public sealed class SiteBuilder(BuildOptions options, BuildPipeline? pipeline = null, Func<Theme, DiagnosticBag, ITemplateEngine>? loadTemplates = null,
    BuildCaches? caches = null)
{
    private readonly BuildPipeline _pipeline = pipeline ?? BuildPipeline.Default();

    public BuildResult Build(IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(options.InputDirectory);
        var output = Path.GetFullPath(options.OutputDirectory);
        if (!Directory.Exists(input))
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(input), 0, 0, Severity.Error, DiagnosticCodes.InputMissing,
                "the input folder does not exist. Run backguide in the folder that holds input/, or pass --input DIR."));
            return Finish(diagnostics, [], clock, written: false);
        }
        var theme = new Theme(ThemeFolders(input));
        foreach (var (file, unsafeFile) in theme.CheckFiles())
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(file), 0, 0, Severity.Error, DiagnosticCodes.UnsafeInputFile, unsafeFile));
        }
        if (diagnostics.HasErrors)
        {
            return Finish(diagnostics, [], clock, written: false);
        }
        if (options.WriteOutput && FolderGuard.NameProblem(output) is { } nameProblem)
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.UnsafeOutput, nameProblem));
            return Finish(diagnostics, [], clock, written: false);
        }
        // A folder that would be refused gets no lock file beside it; the check is made again once the lock is held.
        if (options.WriteOutput && FolderGuard.Check(input, output, theme.Folders, workFolders: false) is { } early)
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.UnsafeOutput, early));
            return Finish(diagnostics, [], clock, written: false);
        }
        // Held from the check of the output folder to the swap, so two builds into one folder take turns.
        using var held = options.WriteOutput ? Lock(output, diagnostics) : null;
        if (options.WriteOutput && held is null)
        {
            return Finish(diagnostics, [], clock, written: false);
        }
        if (options.WriteOutput && FolderGuard.Check(input, output, theme.Folders) is { } problem)
        {
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.UnsafeOutput, problem));
            return Finish(diagnostics, [], clock, written: false);
        }
        var settings = SiteSettingsLoader.Load(input, diagnostics);
        var load = loadTemplates ?? ScribanTemplateEngine.Load;
        var templates = new DeferredTemplateEngine(() => load(theme, diagnostics));
        var context = new BuildContext(options, input, output, settings, theme, templates, diagnostics) 
        {
            RenderCache = caches?.Markdown,
            OutputCache = caches?.Pages,
            Staging = options.WriteOutput ? new StagedOutput(new OutputFolder(output)) : null,
        };
        IReadOnlyList<Document> documents;
        try
        {
            documents = _pipeline.Run(context, progress);
        }
        catch (Exception thrown)
        {
            // The output is only ever swapped in whole, so whatever failed, the previous output is intact.
            context.Staging?.Abandon();
            var ex = OutputWriteException.Cause(thrown);
            diagnostics.Add(ex is OutputWriteException write
                ? new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.OutputWriteFailed,
                    $"could not write the output: {write.Reason}. The previous output is unchanged.")
                : new Diagnostic(SourceFile.DisplayPathFor(input), 0, 0, Severity.Error, DiagnosticCodes.InternalError,
                    $"the build stopped unexpectedly ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}). The previous output is unchanged. This is a bug in BackGuide; please report it."));
            return Finish(diagnostics, [], clock, written: false);
        }
        var written = options.WriteOutput && !diagnostics.HasErrors;
        return Finish(diagnostics, documents, clock, written);
    }

    private OutputLock? Lock(string output, DiagnosticBag diagnostics)
    {
        var path = OutputLock.PathFor(new OutputFolder(output));
        try
        {
            if (OutputLock.Acquire(path, options.LockTimeout,
                    () => options.Notice?.Invoke($"another build is writing {SourceFile.DisplayPathFor(output)}; waiting for it to finish…")) is { } held)
            {
                return held;
            }
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.OutputLocked,
                $"another build has been writing this output folder for {options.LockTimeout.TotalMinutes:0} minutes, so this one gave up. Wait for it to finish, or stop it, and build again."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The lock file is the build's first write beside the output: a read-only or full disk shows here first.
            diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(output), 0, 0, Severity.Error, DiagnosticCodes.OutputWriteFailed,
                $"could not write beside the output folder: {OutputWriteException.Describe(ex)}. The previous output is unchanged."));
        }
        return null;
    }

    private IEnumerable<string> ThemeFolders(string input)
    {
        yield return Path.Combine(input, "_theme");
        if (options.ThemeDirectory is not null)
        {
            yield return options.ThemeDirectory;
        }
    }

    private static BuildResult Finish(DiagnosticBag diagnostics, IReadOnlyList<Document> documents, Stopwatch clock, bool written) =>
        new(diagnostics.ToSortedList(),
            documents.Count(d => d.Template is not null && d.OutputPath.EndsWith(".html", StringComparison.Ordinal)),
            clock.Elapsed,
            written);
}
