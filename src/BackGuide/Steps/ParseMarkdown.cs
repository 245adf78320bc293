using BackGuide.Diagnostics;
using BackGuide.Markdown;
using BackGuide.Pipeline;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BackGuide.Steps;

/// <summary>Parses each page body with Markdig and records its headings (with their anchor ids) and plain text.</summary>
public sealed class ParseMarkdown : PerDocumentStep
{
    protected override bool ShouldProcess(Document document) => document.Source is not null && document.CopyFrom is null && document.Meta is not null;

    protected override Document Process(Document document, BuildContext context)
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(document.Body, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
        {
            context.Diagnostics.Error(document.Source!, document.BodyLine, 1, DiagnosticCodes.MarkdownTooDeep,
                "the Markdown is nested too deeply (hundreds of '>' quotes or list levels inside each other). Flatten the nesting to a few levels.");
            return document with { Failed = true };
        }
        var headings = markdown.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, InlineText.Of(h.Inline), h.GetAttributes().Id ?? ""))
            .ToList();
        return document with { Markdown = markdown, Headings = headings, PlainText = InlineText.Of(markdown) };
    }
}
