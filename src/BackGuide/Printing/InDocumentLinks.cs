using System.Globalization;
using System.Net;
using System.Text;
using BackGuide.Output;

namespace BackGuide.Printing;

/// <summary>
/// Turns a page's HTML into a part of one long document (<c>print.html</c>, or <c>print/exercises.html</c> on a large
/// site): links to pages the document holds become in-document anchors, other relative links lead from the document,
/// and every id is prefixed so pages cannot clash.
/// </summary>
public static class InDocumentLinks
{
    /// <summary>The attributes that hold a link or an id, each written <c>name="value"</c> after white space.</summary>
    private static readonly string[] Rewritten = ["href", "src", "id", "for", "aria-labelledby", "aria-describedby"];

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The anchor of a whole page in the document: <c>exercises/bird-dog.html</c> → <c>p-exercises.bird-dog</c> (slugs hold no dots, so these never clash).</summary>
    public static string AnchorOf(string outputPath) =>
        "p-" + (outputPath.EndsWith(".html", StringComparison.Ordinal) ? outputPath[..^5] : outputPath).Replace('/', '.');

    /// <summary>The anchor of an element with <paramref name="id"/> on the page at <paramref name="outputPath"/>.</summary>
    public static string AnchorOf(string outputPath, string id) => AnchorOf(outputPath) + "." + id;

    /// <summary>
    /// Rewrites the HTML of the page at <paramref name="pagePath"/> for the document at <paramref name="documentPath"/>;
    /// <paramref name="inDocument"/> says which output paths the document holds.
    /// </summary>
    /// <remarks>
    /// One scan, no regular expression: every page of a big site passes through here once. Scripts go first (a
    /// <c>&lt;script…&gt;…&lt;/script&gt;</c> and the white space after it); then each <c>name="value"</c> of the
    /// attributes above, preceded by white space, has its value rewritten (a value missing its closing quote runs to the end).
    /// </remarks>
    public static string Rewrite(string html, string pagePath, string documentPath, Func<string, bool> inDocument)
    {
        var text = WithoutScripts(html);
        var output = t_builder ??= new StringBuilder();
        output.Clear();
        var copied = 0;
        for (var equals = text.IndexOf("=\"", StringComparison.Ordinal); equals >= 0; equals = text.IndexOf("=\"", equals + 1, StringComparison.Ordinal))
        {
            if (NameBefore(text, equals) is not { } name)
            {
                continue;
            }
            var close = text.IndexOf('"', equals + 2);
            var end = close < 0 ? text.Length : close + 1;
            var value = WebUtility.HtmlDecode(text[(equals + 2)..(close < 0 ? text.Length : close)]);
            var rewritten = name switch
            {
                "href" or "src" => Url(value, pagePath, documentPath, name == "href" ? inDocument : _ => false),
                _ => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => AnchorOf(pagePath, id))),
            };
            output.Append(text, copied, equals - name.Length - copied).Append(name).Append("=\"").Append(WebUtility.HtmlEncode(rewritten)).Append('"');
            copied = end;
            equals = end - 1;
        }
        if (copied == 0)
        {
            return text;
        }
        output.Append(text, copied, text.Length - copied);
        var result = output.ToString();
        output.Clear();
        return result;
    }

    /// <summary>The rewritten attribute whose name ends just before <paramref name="equals"/>, when white space comes before it.</summary>
    private static string? NameBefore(string text, int equals)
    {
        foreach (var name in Rewritten)
        {
            var start = equals - name.Length;
            if (start > 0 && char.IsWhiteSpace(text[start - 1]) && text.AsSpan(start, name.Length).SequenceEqual(name))
            {
                return name;
            }
        }
        return null;
    }

    /// <summary>The HTML without its scripts, each with the white space after it; the same string when it has none.</summary>
    private static string WithoutScripts(string html)
    {
        StringBuilder? output = null;
        var copied = 0;
        for (var open = html.IndexOf("<script", StringComparison.Ordinal); open >= 0; open = html.IndexOf("<script", open + 1, StringComparison.Ordinal))
        {
            var after = open + "<script".Length;
            if (after < html.Length && IsWordCharacter(html[after]))
            {
                continue;
            }
            var tagEnd = html.IndexOf('>', after);
            var close = tagEnd < 0 ? -1 : html.IndexOf("</script>", tagEnd + 1, StringComparison.Ordinal);
            if (close < 0)
            {
                break; // no later script can be closed either
            }
            var end = close + "</script>".Length;
            while (end < html.Length && char.IsWhiteSpace(html[end]))
            {
                end++;
            }
            output ??= new StringBuilder(html.Length);
            output.Append(html, copied, open - copied);
            copied = end;
            open = end - 1;
        }
        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>A character of a word, as a regular expression's <c>\b</c> counts them: a letter, digit, joining mark or connector.</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '\u200C' or '\u200D'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

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
