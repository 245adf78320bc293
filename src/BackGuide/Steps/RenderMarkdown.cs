using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Links;
using BackGuide.Markdown;
using BackGuide.Pipeline;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackGuide.Steps;

/// <summary>
/// Turns each page's Markdown into HTML in one pass: parses it, records its headings (with anchor ids) and plain
/// text, rewrites links between pages (<c>bird-dog.md</c> → <c>bird-dog.html</c>) to the generated files, renders,
/// and lets go of the syntax tree at once, so a big site never holds more trees than it has cores. Whether the links
/// lead anywhere is reported by <see cref="CheckLinks"/>, once every page's headings are known.
/// </summary>
public sealed class RenderMarkdown : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        context.RenderCache?.BeginBuild(documents.Where(Renders).Select(d => d.Source!.RelativePath), context.Settings.RawHtml);
        var step = new Renderer(site, context);
        return step.Execute(documents, context);
    }

    /// <summary>
    /// Renders one page as this step does, its links resolved against <paramref name="site"/>: the preview re-renders
    /// a page whose body alone was edited without running the build again.
    /// </summary>
    public static Document RenderPage(Document document, SiteIndex site, BuildContext context) => new Renderer(site, context).Render(document);

    /// <summary>True for the documents this step renders: pages written in Markdown with front matter read.</summary>
    public static bool Renders(Document document) => document.Source is not null && document.CopyFrom is null && document.Meta is not null;

    private sealed class Renderer(SiteIndex site, BuildContext context) : PerDocumentStep
    {
        private readonly Markdig.MarkdownPipeline _pipeline = MarkdownPipelineFactory.For(context.Settings.RawHtml);

        protected override bool ShouldProcess(Document document) => Renders(document);

        public Document Render(Document document) => Process(document, context);

        protected override Document Process(Document document, BuildContext _)
        {
            if (context.RenderCache?.Find(document, site) is { } cached)
            {
                return cached;
            }
            MarkdownDocument markdown;
            try
            {
                markdown = Markdig.Markdown.Parse(document.Body, _pipeline);
            }
            catch (ArgumentException ex) when (ex.Message.Contains("depth limit", StringComparison.OrdinalIgnoreCase))
            {
                context.Diagnostics.Error(document.Source!, document.BodyLine, 1, DiagnosticCodes.MarkdownTooDeep,
                    "the Markdown is nested too deeply (hundreds of '>' quotes or list levels inside each other). Flatten the nesting to a few levels.");
                return document with { Failed = true };
            }
            TitleHeading.KeepOneTopHeading(markdown, document.Title);
            var headings = new List<Heading>();
            var links = new List<PageLink>();
            var anchors = new List<string>();
            foreach (var node in markdown.Descendants())
            {
                anchors.AddRange(HtmlAnchors.Of(node));
                switch (node)
                {
                    case HeadingBlock heading:
                        headings.Add(new Heading(heading.Level, InlineText.Of(heading.Inline), heading.GetAttributes().Id ?? ""));
                        break;
                    case LinkInline link when UnsafeUrls.Scheme(link.Url) is { } scheme:
                        context.Diagnostics.Error(document.Source!, document.BodyLine + link.Line, link.Column + 1, DiagnosticCodes.UnsafeUrl,
                            $"this {(link.IsImage ? "image" : "link")} uses a '{scheme}:' address, which can run script or hide content in the reader's browser. Link to a page or to an http(s) address instead.");
                        link.Url = "";
                        break;
                    case AutolinkInline autolink when UnsafeUrls.Scheme(autolink.Url) is { } scheme:
                        context.Diagnostics.Error(document.Source!, document.BodyLine + autolink.Line, autolink.Column + 1, DiagnosticCodes.UnsafeUrl,
                            $"this link uses a '{scheme}:' address, which can run script in the reader's browser. Link to a page or to an http(s) address instead.");
                        autolink.Url = "";
                        break;
                    case LinkInline link when LinkTargets.Resolve(document, site, link.Url, document.BodyLine + link.Line, link.Column + 1) is { } resolved:
                        link.Url = resolved.Url;
                        links.Add(resolved.Link);
                        break;
                }
            }
            var plainText = InlineText.Of(markdown);
            using var writer = new StringWriter(new System.Text.StringBuilder(document.Body.Length * 5 / 4));
            var renderer = new HtmlRenderer(writer);
            _pipeline.Setup(renderer);
            renderer.Render(markdown);
            writer.Flush();
            var rendered = document with { Html = writer.ToString(), Headings = headings, Anchors = anchors, PlainText = plainText, Links = links };
            context.RenderCache?.Keep(rendered);
            // Nothing after this step reads the Markdown; a big site need not hold it (the preview's cache keeps its own).
            return rendered with { Body = "" };
        }
    }
}
