using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Output;
using BackGuide.Pipeline;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackGuide.Steps;

/// <summary>
/// Rewrites links between pages (<c>bird-dog.md</c>, <c>../self-care/sleep.md#routine</c>) to relative links to the
/// generated files, and reports any link to a page, file or heading that does not exist.
/// </summary>
public sealed class ResolveLinks : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        Parallel.ForEach(documents.Where(d => d.Markdown is not null), doc => Resolve(doc, site, context.Diagnostics));
        return documents;
    }

    private static void Resolve(Document doc, SiteIndex site, DiagnosticBag diagnostics)
    {
        foreach (var link in doc.Markdown!.Descendants<LinkInline>())
        {
            var url = link.Url;
            if (string.IsNullOrEmpty(url) || IsExternal(url))
            {
                continue;
            }
            var line = doc.BodyLine + link.Line;
            var column = link.Column + 1;
            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
            var anchor = hash < 0 ? null : url[(hash + 1)..];
            var query = path.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                path = path[..query];
            }
            if (path.Length == 0)
            {
                if (anchor is not null && !HasAnchor(doc, anchor))
                {
                    diagnostics.Error(doc.Source!, line, column, DiagnosticCodes.MissingAnchor,
                        $"link to '#{anchor}' names no heading on this page. {AnchorHint(doc, anchor)}");
                }
                continue;
            }
            var targetSource = RelativeUrl.Combine(doc.Source!.RelativePath, path);
            Document? target;
            if (targetSource is null)
            {
                target = null;
            }
            else if (targetSource.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                target = site.BySource(targetSource);
            }
            else
            {
                target = site.ByOutput(targetSource) ?? site.ByOutput(targetSource.TrimEnd('/') + "/index.html");
            }
            if (target is null)
            {
                var hint = targetSource is null ? null : NearestName.Find(targetSource, site.SourcePaths.Concat(site.OutputPaths));
                var suggestion = hint is null ? "Check the file name and folder." : $"Did you mean '{RelativeSourceLink(doc.Source!.RelativePath, hint)}'?";
                diagnostics.Error(doc.Source!, line, column, DiagnosticCodes.MissingPage,
                    $"link to '{path}' names no page: {(targetSource is null ? "it leads outside the input folder" : $"there is no input/{targetSource}")}. {suggestion}");
                continue;
            }
            if (anchor is { Length: > 0 } && target.Markdown is not null && !HasAnchor(target, anchor))
            {
                diagnostics.Error(doc.Source!, line, column, DiagnosticCodes.MissingAnchor,
                    $"link to '{path}#{anchor}' names no heading on that page. {AnchorHint(target, anchor)}");
                continue;
            }
            link.Url = RelativeUrl.Between(doc.OutputPath, target.OutputPath) + (anchor is null ? "" : "#" + anchor);
        }
    }

    /// <summary>True for a link with a scheme (<c>https:</c>, <c>mailto:</c>) or to another host (<c>//</c>).</summary>
    internal static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));

    private static bool HasAnchor(Document doc, string anchor) =>
        doc.Headings.Any(h => h.Id == anchor) || doc.Body.Contains($"id=\"{anchor}\"", StringComparison.Ordinal);

    private static string AnchorHint(Document target, string anchor)
    {
        var hint = NearestName.Find(anchor, target.Headings.Select(h => h.Id));
        if (hint is not null)
        {
            return $"Did you mean '#{hint}'?";
        }
        return target.Headings.Count == 0
            ? "That page has no headings."
            : "Its headings are: " + string.Join(", ", target.Headings.Select(h => "#" + h.Id)) + ".";
    }


    private static string RelativeSourceLink(string fromSource, string toPath) => RelativeUrl.Between(fromSource, toPath);
}
