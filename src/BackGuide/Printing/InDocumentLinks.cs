using System.Net;
using System.Text.RegularExpressions;
using BackGuide.Output;

namespace BackGuide.Printing;

/// <summary>
/// Turns a page's HTML into a part of one long document (<c>print.html</c>, or <c>print/exercises.html</c> on a large
/// site): links to pages the document holds become in-document anchors, other relative links lead from the document,
/// and every id is prefixed so pages cannot clash.
/// </summary>
public static partial class InDocumentLinks
{
    [GeneratedRegex("""(?<=\s)(?<name>href|src|id|for|aria-labelledby|aria-describedby)="(?<value>[^"]*)"?""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex("""<script\b[^>]*>.*?</script>\s*""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Script();

    /// <summary>The anchor of a whole page in the document: <c>exercises/bird-dog.html</c> → <c>p-exercises.bird-dog</c> (slugs hold no dots, so these never clash).</summary>
    public static string AnchorOf(string outputPath) =>
        "p-" + (outputPath.EndsWith(".html", StringComparison.Ordinal) ? outputPath[..^5] : outputPath).Replace('/', '.');

    /// <summary>The anchor of an element with <paramref name="id"/> on the page at <paramref name="outputPath"/>.</summary>
    public static string AnchorOf(string outputPath, string id) => AnchorOf(outputPath) + "." + id;

    /// <summary>
    /// Rewrites the HTML of the page at <paramref name="pagePath"/> for the document at <paramref name="documentPath"/>;
    /// <paramref name="inDocument"/> says which output paths the document holds.
    /// </summary>
    public static string Rewrite(string html, string pagePath, string documentPath, Func<string, bool> inDocument)
    {
        var withoutScripts = Script().Replace(html, "");
        return Attribute().Replace(withoutScripts, match =>
        {
            var name = match.Groups["name"].Value;
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            var rewritten = name switch
            {
                "href" or "src" => Url(value, pagePath, documentPath, name == "href" ? inDocument : _ => false),
                _ => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => AnchorOf(pagePath, id))),
            };
            return $"{name}=\"{WebUtility.HtmlEncode(rewritten)}\"";
        });
    }

    private static string Url(string url, string pagePath, string documentPath, Func<string, bool> inDocument)
    {
        if (url.Length == 0 || Links.LinkTargets.IsExternal(url))
        {
            return url;
        }
        if (url.StartsWith('#'))
        {
            return "#" + AnchorOf(pagePath, url[1..]);
        }
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash < 0 ? null : url[(hash + 1)..];
        var pathAndQuery = hash < 0 ? url : url[..hash];
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var query = question < 0 ? "" : pathAndQuery[question..];
        var target = Resolve(pagePath, Uri.UnescapeDataString(question < 0 ? pathAndQuery : pathAndQuery[..question]));
        if (target is null)
        {
            return url;
        }
        if (query.Length == 0 && inDocument(target))
        {
            return "#" + (fragment is { Length: > 0 } ? AnchorOf(target, fragment) : AnchorOf(target));
        }
        return RelativeUrl.Between(documentPath, target) + query + (fragment is null ? "" : "#" + fragment);
    }

    /// <summary>The output path a relative link on <paramref name="pagePath"/> leads to, or null when it climbs above the root.</summary>
    private static string? Resolve(string pagePath, string link)
    {
        var path = RelativeUrl.Combine(pagePath, link.TrimStart('/'))?.TrimEnd('/');
        return path is null ? null : link.EndsWith('/') || path.Length == 0 ? (path.Length == 0 ? "" : path + "/") + "index.html" : path;
    }
}
