using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BackGuide.Markdown;

/// <summary>
/// The link targets a page defines besides its headings: <c>id</c> (and old-style <c>name</c>) attributes in raw HTML,
/// and ids given to other blocks with <c>{#id}</c>. Recorded while the syntax tree is at hand, because the page's text
/// is let go of before links are checked.
/// </summary>
internal static partial class HtmlAnchors
{
    /// <summary>The anchor ids the node itself defines, if any.</summary>
    public static IEnumerable<string> Of(MarkdownObject node) => node switch
    {
        HtmlBlock html => InHtml(html.Lines.ToString()),
        HtmlInline html => InHtml(html.Tag),
        HeadingBlock => [],
        Block block when block.TryGetAttributes()?.Id is { Length: > 0 } id => [id],
        _ => [],
    };

    private static IEnumerable<string> InHtml(string html) =>
        html.Contains("id=", StringComparison.OrdinalIgnoreCase) || html.Contains("name=", StringComparison.OrdinalIgnoreCase)
            ? Attribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value))
            : [];

    [GeneratedRegex("""\s(?:id|name)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
