using System.Collections.Immutable;

namespace BackGuide.Pipeline;

/// <summary>A named stage of the build: takes the documents so far and returns the documents after it.</summary>
public interface IStep
{
    ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context);
}
