using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackGuide.Markdown;

/// <summary>The plain text of Markdown inlines and blocks, for heading titles, search and descriptions.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(builder, container);
        return builder.ToString().Trim();
    }

    /// <summary>All the text of a document, one block a line.</summary>
    public static string Of(MarkdownDocument document)
    {
        var builder = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                Append(builder, block.Inline);
            }
            else if (block is CodeBlock code)
            {
                builder.Append(code.Lines.ToString());
            }
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ContainerInline? container)
    {
        if (container is null)
        {
            return;
        }
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline child:
                    Append(builder, child);
                    break;
            }
        }
    }
}
