using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Writes what earlier steps have not already written into the staging folder, and swaps the staging folder in for
/// the output folder — only when the build has no errors, so a failed build leaves the previous output exactly as it was.
/// </summary>
public sealed class WriteFiles : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Options.WriteOutput)
        {
            return documents;
        }
        var staging = context.Staging ?? new StagedOutput(new OutputFolder(context.OutputRoot));
        if (context.Diagnostics.HasErrors)
        {
            staging.Abandon();
            return documents;
        }
        try
        {
            Parallel.ForEach(documents.Where(d => !d.Written), doc =>
            {
                if (doc.CopyFrom is not null)
                {
                    staging.Copy(doc.CopyFrom, doc.OutputPath);
                }
                else
                {
                    staging.WriteBytes(doc.OutputPath, doc.Output.Span);
                }
            });
            staging.Commit();
        }
        catch (Exception thrown) when (OutputWriteException.Cause(thrown) is IOException or UnauthorizedAccessException)
        {
            staging.Abandon();
            var ex = OutputWriteException.Cause(thrown);
            var reason = ex is OutputWriteException write ? write.Reason : OutputWriteException.Describe(ex);
            context.Diagnostics.Add(new Diagnostic(SourceFile.DisplayPathFor(context.OutputRoot), 0, 0, Severity.Error,
                DiagnosticCodes.OutputWriteFailed, $"could not write the output: {reason}. The previous output is unchanged."));
        }
        return documents;
    }
}
