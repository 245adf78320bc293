using System.Diagnostics;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.FrontMatter;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BackGuide.Templates;
using BackGuide.Text;

namespace BackGuide.Preview;

/// <summary>
/// Preview's quick way for the most common change, an edit to the text below one page's front matter: re-renders that
/// page alone and puts it in the served site, and remakes the search index and the print document, the only other
/// files that show a page's text, when they are next asked for. Nothing else can have changed when the front matter,
/// the heading ids, the anchors and the links' targets are what they were, and the page had and has no problem to
/// report. Anything more gives null, and the caller builds the whole site.
/// </summary>
public static class PageBodyEdit
{
    public static KeptBuild? TryApply(KeptBuild kept, string relativePath)
    {
        var clock = Stopwatch.StartNew();
        if (!kept.Result.Succeeded || !kept.TryFind(relativePath, out var index) || !kept.Context.Templates.IsUsable)
        {
            return null;
        }
        var before = kept.Rendered[index];
        var source = before.Source!;
        if (before.Failed || kept.Result.Diagnostics.Any(d => d.File == source.DisplayPath) || ReadBody(source, before) is not { } body)
        {
            return null;
        }
        var diagnostics = new DiagnosticBag();
        var rendered = RenderMarkdown.RenderPage(before with { Body = body }, kept.Links, KeptBuild.Afterwards(kept.Context, diagnostics));
        if (rendered.Failed || diagnostics.ToSortedList().Count > 0 || !LeadsToTheSamePlaces(before, rendered))
        {
            return null;
        }
        var templated = kept.Templated[index] with { Html = rendered.Html, Headings = rendered.Headings, Anchors = rendered.Anchors, Links = rendered.Links };
        byte[] page;
        try
        {
            page = Render(templated, kept, out var pageBody);
            kept.Context.Bodies.Replace(templated.OutputPath, pageBody);
        }
        catch (TemplateException)
        {
            return null; // the full build reports it where it is
        }
        var replaced = new Dictionary<string, Lazy<byte[]>>(StringComparer.Ordinal) { [templated.OutputPath] = new(page) };
        var renderedSite = kept.Rendered.SetItem(index, rendered);
        if (kept.Site.Contains(GenerateSearchIndex.OutputPath))
        {
            replaced[GenerateSearchIndex.OutputPath] = LazySearchIndex.Of(renderedSite, kept.Context);
        }
        foreach (var embedding in kept.Templated.Where(d => d.EmbedsPages && d.Template is not null && kept.Site.Contains(d.OutputPath)))
        {
            replaced[embedding.OutputPath] = new(() => Render(embedding, kept, out _));
        }
        var result = kept.Result with { Elapsed = clock.Elapsed };
        return kept.WithPage(index, rendered, templated, result, kept.Site.With(replaced));
    }

    /// <summary>The page's new body, when the file reads as before the edit up to it: the same front matter on the same lines.</summary>
    private static string? ReadBody(SourceFile source, Document before)
    {
        var root = source.FullPath[..^source.RelativePath.Length];
        try
        {
            if (UntrustedFile.Problem(source.FullPath, root, UntrustedFile.MaxTextBytes) is not null
                || !TextDecoder.TryDecode(UntrustedFile.ReadAllBytes(source.FullPath, UntrustedFile.MaxTextBytes), out var text, out _)
                || !FrontMatterSplitter.TrySplit(text, out var block))
            {
                return null;
            }
            return block.Yaml is not null && block.Yaml == before.Yaml && block.YamlLine == before.YamlLine && block.BodyLine == before.BodyLine
                ? block.Body
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // gone or changing: the full build says what is wrong
        }
    }

    /// <summary>True when other pages cannot see the difference: the same heading ids and anchors (their links' targets), and links to the same places.</summary>
    private static bool LeadsToTheSamePlaces(Document before, Document after) =>
        before.Headings.Select(h => h.Id).SequenceEqual(after.Headings.Select(h => h.Id), StringComparer.Ordinal)
        && before.Anchors.SequenceEqual(after.Anchors, StringComparer.Ordinal)
        && before.Links.Select(l => (l.Path, l.Anchor, l.TargetSource, l.Target)).SequenceEqual(after.Links.Select(l => (l.Path, l.Anchor, l.TargetSource, l.Target)));

    /// <summary>A page through its template and the layout, as ApplyTemplates renders it; <paramref name="body"/> is the template's part.</summary>
    private static byte[] Render(Document doc, KeptBuild kept, out string body)
    {
        var templates = kept.Context.Templates;
        var model = kept.Models.Build(doc);
        body = templates.Render(doc.Template!, model);
        return Encoding.UTF8.GetBytes(templates.Has("layout") ? templates.Render("layout", model with { Body = TrustedHtml.From(body) }) : body);
    }
}
