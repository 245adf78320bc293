using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Links;

/// <summary>
/// What a link in a page's Markdown leads to: <c>bird-dog.md</c> and <c>../self-care/sleep.md#routine</c> name input
/// files, <c>../avoid.html</c> or <c>images/x.png</c> name output files. Depends only on the site's paths, so a page's
/// links can be resolved while it renders, before any other page is parsed.
/// </summary>
public static class LinkTargets
{
    /// <summary>The link as the page will hold it, and what it leads to; null for links the build leaves alone (external, empty).</summary>
    public static (string Url, PageLink Link)? Resolve(Document doc, SiteIndex site, string? url, int line, int column)
    {
        if (string.IsNullOrEmpty(url) || IsExternal(url))
        {
            return null;
        }
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var anchor = hash < 0 ? null : url[(hash + 1)..];
        var queryStart = path.IndexOf('?', StringComparison.Ordinal);
        if (queryStart >= 0)
        {
            path = path[..queryStart];
        }
        // The query is kept as written: a page's own script reads it (cards/index.html?only=bird-dog,sphinx).
        var beforeHash = hash < 0 ? url : url[..hash];
        var query = beforeHash.IndexOf('?', StringComparison.Ordinal) is >= 0 and var q ? beforeHash[q..] : "";
        if (path.Length == 0)
        {
            return (url, new PageLink(line, column, "", anchor, doc.Source!.RelativePath, doc.OutputPath));
        }
        var targetSource = RelativeUrl.Combine(doc.Source!.RelativePath, path);
        var target = Find(site, targetSource);
        var link = new PageLink(line, column, path, anchor, targetSource, target?.OutputPath);
        return target is null
            ? (url, link)
            : (RelativeUrl.Between(doc.OutputPath, target.OutputPath) + query + (anchor is null ? "" : "#" + anchor), link);
    }

    /// <summary>True for a link with a scheme (<c>https:</c>, <c>mailto:</c>) or to another host (<c>//</c>).</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));

    /// <summary>True when the link still leads where it led: the same target, given the site as it is now.</summary>
    public static bool StillLeadsTo(Document doc, SiteIndex site, PageLink link)
    {
        if (link.Path.Length == 0)
        {
            return link.Target == doc.OutputPath;
        }
        return Find(site, link.TargetSource)?.OutputPath == link.Target;
    }

    private static Document? Find(SiteIndex site, string? targetSource) =>
        targetSource is null ? null
        : targetSource.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? site.BySource(targetSource)
        : site.ByOutput(targetSource) ?? site.ByOutput(targetSource.TrimEnd('/') + "/index.html");
}
