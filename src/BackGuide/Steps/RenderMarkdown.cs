using BackGuide.Markdown;
using BackGuide.Pipeline;
using Markdig.Renderers;

namespace BackGuide.Steps;

/// <summary>
/// Renders each page's Markdown (with its links already rewritten) to HTML, and lets go of the syntax tree: nothing
/// after this step reads it, and on a big site the trees are the largest thing a build holds.
/// </summary>
public sealed class RenderMarkdown : PerDocumentStep
{
    protected override bool ShouldProcess(Document document) => document.Markdown is not null;

    protected override Document Process(Document document, BuildContext context)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(document.Markdown!);
        writer.Flush();
        return document with { Html = writer.ToString(), Markdown = null };
    }
}
