using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace BackGuide.Markdown;

/// <summary>
/// The Markdig pipelines pages are parsed with: the extensions a writer expects, nothing that loads from other hosts.
/// Raw HTML in a page is shown as text unless site.yml sets <c>rawHtml: true</c>, so a page from a pull request cannot
/// run script (as Hugo does by default).
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <summary>Raw HTML shown as text: the default.</summary>
    public static readonly MarkdownPipeline Shared = Create(rawHtml: false);

    /// <summary>Raw HTML passed through as written, for a site owner who opted in.</summary>
    public static readonly MarkdownPipeline WithRawHtml = Create(rawHtml: true);

    public static MarkdownPipeline For(bool rawHtml) => rawHtml ? WithRawHtml : Shared;

    private static MarkdownPipeline Create(bool rawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
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
            .UseCustomContainers();
        builder.Extensions.AddIfNotAlready<CalloutExtension>();
        if (!rawHtml)
        {
            builder.DisableHtml();
        }
        return builder.Build();
    }
}
