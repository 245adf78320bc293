using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Links;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Reports every link in the Markdown that leads nowhere: to a page or file that does not exist (BG0201), or to a
/// heading that is not on the page it names (BG0202), with the nearest name that does exist.
/// </summary>
public sealed class CheckLinks : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        Parallel.ForEach(documents.Where(d => d.Links.Count > 0), doc => Check(doc, site, context.Drafts, context.Diagnostics));
        return documents;
    }

    private static void Check(Document doc, SiteIndex site, DraftPages drafts, DiagnosticBag diagnostics)
    {
        foreach (var link in doc.Links)
        {
            if (link.Path.Length == 0)
            {
                if (link.Anchor is not null && !HasAnchor(doc, link.Anchor))
                {
                    diagnostics.Error(doc.Source!, link.Line, link.Column, DiagnosticCodes.MissingAnchor,
                        $"link to '#{link.Anchor}' names no heading on this page. {AnchorHint(doc, link.Anchor)}");
                }
                continue;
            }
            var target = link.Target is null ? null : site.ByOutput(link.Target);
            if (target is null && drafts.HasSource(link.TargetSource))
            {
                diagnostics.Error(doc.Source!, link.Line, link.Column, DiagnosticCodes.LinkToDraft,
                    $"link to '{link.Path}' names a draft (input/{link.TargetSource} has 'draft: true'), which is not published, so the link would lead nowhere. Publish that page (delete 'draft: true'), or take the link out until it is; 'backguide preview' and 'build --drafts' show drafts.");
                continue;
            }
            if (target is null)
            {
                var hint = link.TargetSource is null ? null : NearestName.Find(link.TargetSource, site.SourcePaths.Concat(site.OutputPaths));
                var suggestion = hint is null ? "Check the file name and folder." : $"Did you mean '{RelativeUrl.Between(doc.Source!.RelativePath, hint)}'?";
                diagnostics.Error(doc.Source!, link.Line, link.Column, DiagnosticCodes.MissingPage,
                    $"link to '{link.Path}' names no page: {(link.TargetSource is null ? "it leads outside the input folder" : $"there is no input/{link.TargetSource}")}. {suggestion}");
                continue;
            }
            if (link.Anchor is { Length: > 0 } anchor && RenderMarkdown.Renders(target) && !target.Failed && !HasAnchor(target, anchor))
            {
                diagnostics.Error(doc.Source!, link.Line, link.Column, DiagnosticCodes.MissingAnchor,
                    $"link to '{link.Path}#{anchor}' names no heading on that page. {AnchorHint(target, anchor)}");
            }
        }
    }

    private static bool HasAnchor(Document doc, string anchor) =>
        doc.Headings.Any(h => h.Id == anchor) || doc.Anchors.Contains(anchor, StringComparer.Ordinal);

    private static string AnchorHint(Document target, string anchor)
    {
        var hint = NearestName.Find(anchor, target.Headings.Select(h => h.Id).Concat(target.Anchors));
        if (hint is not null)
        {
            return $"Did you mean '#{hint}'?";
        }
        return target.Headings.Count == 0
            ? "That page has no headings."
            : "Its headings are: " + string.Join(", ", target.Headings.Select(h => "#" + h.Id)) + ".";
    }
}
