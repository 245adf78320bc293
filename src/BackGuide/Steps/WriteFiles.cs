using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Writes every document into a staging folder and swaps it in for the output folder — only when the build has no
/// errors, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class WriteFiles : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Options.WriteOutput || context.Diagnostics.HasErrors)
        {
            return documents;
        }
        var folder = new OutputFolder(context.OutputRoot);
        try
        {
            var staging = folder.BeginStaging();
            var directories = documents.Select(d => Path.GetDirectoryName(Path.Combine(staging, d.OutputPath))!).Distinct(StringComparer.Ordinal);
            foreach (var directory in directories)
            {
                Directory.CreateDirectory(directory);
            }
            Parallel.ForEach(documents, doc =>
            {
                var target = Path.Combine(staging, doc.OutputPath);
                if (doc.CopyFrom is not null)
                {
                    File.Copy(doc.CopyFrom, target, overwrite: true);
                }
                else
                {
                    using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
                    stream.Write(doc.Output.Span);
                }
            });
            folder.Commit();
        }
        catch (IOException ex)
        {
            folder.Abandon();
            context.Diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(context.OutputRoot), 0, 0, Severity.Error,
                DiagnosticCodes.OutputWriteFailed, $"could not write the output: {ex.Message} The previous output is unchanged."));
        }
        catch (UnauthorizedAccessException ex)
        {
            folder.Abandon();
            context.Diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(context.OutputRoot), 0, 0, Severity.Error,
                DiagnosticCodes.OutputWriteFailed, $"could not write the output: {ex.Message} The previous output is unchanged."));
        }
        return documents;
    }
}
