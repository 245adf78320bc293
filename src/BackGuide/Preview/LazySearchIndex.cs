using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Preview;

/// <summary>
/// The preview's <c>search-index.js</c>, made only when a browser asks for it: on a big site it is one of the costliest
/// files, and most saves are never followed by a search. It is made by <see cref="GenerateSearchIndex"/> from the pages
/// as that step would have received them, so it is the file <c>build</c> writes.
/// </summary>
public static class LazySearchIndex
{
    public static Lazy<byte[]> Of(ImmutableArray<Document> rendered, BuildContext context) => new(() =>
    {
        var documents = new GenerateSearchIndex().Execute(rendered, KeptBuild.Afterwards(context, new DiagnosticBag()));
        return documents.Last(d => d.OutputPath == GenerateSearchIndex.OutputPath).Output.ToArray();
    });
}
