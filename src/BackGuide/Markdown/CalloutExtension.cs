using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BackGuide.Markdown;

/// <summary>
/// Gives Markdown's <c>:::</c> containers their meaning in a guide: <c>:::danger Title</c>, <c>:::warning</c>,
/// <c>:::note</c> and <c>:::tip</c> become callouts with their label in words (never colour alone), and
/// <c>:::details Title</c> a disclosure the reader opens, so a page needs no raw HTML for either. Any other name keeps
/// Markdig's plain <c>&lt;div class="NAME"&gt;</c>.
/// </summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutRenderer());
        }
    }

    private sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
    {
        /// <summary>Only the id of the container's attributes: Markdig also gives it its name as a class, which the callout's own classes replace.</summary>
        private static HtmlRenderer WriteId(HtmlRenderer renderer, CustomContainer container) =>
            container.TryGetAttributes()?.Id is { Length: > 0 } id ? renderer.Write(" id=\"").WriteEscape(id).Write("\"") : renderer;

        private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
        {
            ["danger"] = "Get help now",
            ["warning"] = "Take care",
            ["note"] = "Note",
            ["tip"] = "Tip",
        };

        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            var kind = container.Info ?? "";
            var title = string.IsNullOrWhiteSpace(container.Arguments) ? null : container.Arguments.Trim();
            renderer.EnsureLine();
            if (Labels.TryGetValue(kind, out var label))
            {
                renderer.Write("<div class=\"callout callout--").Write(kind).Write("\" role=\"note\"");
                WriteId(renderer, container).Write(">\n<p class=\"callout__title\">");
                renderer.WriteEscape(title ?? label).Write("</p>\n");
                renderer.WriteChildren(container);
                renderer.EnsureLine().WriteLine("</div>");
            }
            else if (kind == "details")
            {
                WriteId(renderer.Write("<details class=\"disclosure\""), container).Write(">\n<summary>");
                renderer.WriteEscape(title ?? "More").Write("</summary>\n");
                renderer.WriteChildren(container);
                renderer.EnsureLine().WriteLine("</details>");
            }
            else
            {
                renderer.Write("<div").WriteAttributes(container).Write(">\n");
                renderer.WriteChildren(container);
                renderer.EnsureLine().WriteLine("</div>");
            }
        }
    }
}
