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
            results[i] = ShouldProcess(doc) ? Process(doc, context) : doc;
        });
        return ImmutableArray.Create(results);
    }

    protected virtual bool ShouldProcess(Document document) => !document.Failed;

    protected abstract Document Process(Document document, BuildContext context);
}
