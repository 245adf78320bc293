using Markdig.Syntax;

namespace BackGuide.Markdown;

/// <summary>
/// A page's title is its <c>&lt;h1&gt;</c>, written by the theme. Pages written for MkDocs or GitHub start their body
/// with <c># Title</c> too; this keeps such a page to one <c>&lt;h1&gt;</c>, as a screen reader's outline expects.
/// </summary>
public static class TitleHeading
{
    /// <summary>The page's first line when it is a <c># Heading</c>: its plain text and line (1-based, within the body).</summary>
    public static (string Text, int Line)? FirstLine(string body)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var first = Markdig.Markdown.Parse(lines[i]);
            return first.Count == 1 && first[0] is HeadingBlock { Level: 1 } heading && InlineText.Of(heading.Inline) is { Length: > 0 } text
                ? (text, i + 1)
                : null;
        }
        return null;
    }

    /// <summary>
    /// Drops a leading <c># heading</c> that repeats <paramref name="title"/> (it is the same heading, already shown), and
    /// makes every other <c># heading</c> a <c>##</c>, so the body's sections sit under the page's title.
    /// </summary>
    public static void KeepOneTopHeading(MarkdownDocument markdown, string title)
    {
        if (markdown.Count > 0 && markdown[0] is HeadingBlock { Level: 1 } first && SameText(InlineText.Of(first.Inline), title))
        {
            markdown.RemoveAt(0);
        }
        foreach (var heading in markdown.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }
        }
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.OrdinalIgnoreCase);
}
