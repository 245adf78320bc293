using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace BackGuide.Markdown;

/// <summary>The Markdig pipeline every page is parsed with: the extensions a writer expects, nothing that loads from other hosts.</summary>
public static class MarkdownPipelineFactory
{
    public static readonly MarkdownPipeline Shared = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes()
            .UseDefinitionLists()
            .UseAbbreviations()
            .UseFigures()
            .UseCustomContainers()
            .Build();
}
