using System.Collections.Immutable;

namespace BackGuide.Pipeline;

/// <summary>A step that handles each document on its own, so documents are processed in parallel across cores.</summary>
public abstract class PerDocumentStep : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var results = new Document[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            var doc = documents[i];
            results[i] = ShouldProcess(doc) ? ProcessSafely(doc, context) : doc;
        });
        return ImmutableArray.Create(results);
    }

    /// <summary>
    /// An exception on one page is a bug, but must cost the writer neither a stack trace nor the other pages' checks.
    /// A failed write of the output (a full disk) is not the page's fault: it ends the build, reported as BG0004.
    /// </summary>
    private Document ProcessSafely(Document doc, BuildContext context)
    {
        try
        {
            return Process(doc, context);
        }
        catch (Exception ex) when (doc.Source is not null && ex is not Output.OutputWriteException)
        {
            context.Diagnostics.Error(doc.Source, 0, 0, Diagnostics.DiagnosticCodes.InternalError,
                $"BackGuide failed on this page in step {GetType().Name} ({ex.GetType().Name}: {ex.Message.TrimEnd('.')}). This is a bug in BackGuide; please report it with this file.");
            return doc with { Failed = true };
        }
    }

    protected virtual bool ShouldProcess(Document document) => !document.Failed;

    protected abstract Document Process(Document document, BuildContext context);
}
