using System.Text.RegularExpressions;

namespace BackGuide.Templates;

/// <summary>
/// Better places for the two mistakes theme writers make most. Scriban notices a missing <c>}}</c> or <c>{{ end }}</c>
/// only where it runs out of text; the writer wants the line where the tag or block was opened.
/// </summary>
internal static partial class TemplateSyntaxHints
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "with", "capture", "case", "func", "tablerow" };

    /// <summary>The first <c>{{</c> with no <c>}}</c> before the next <c>{{</c> (or the end), with its 1-based line and column.</summary>
    public static (int Line, int Column)? UnclosedTag(string text)
    {
        for (var open = text.IndexOf("{{", StringComparison.Ordinal); open >= 0;)
        {
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return PositionOf(text, open);
            }
            open = text.IndexOf("{{", close + 2, StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>The innermost block (<c>{{ if }}</c>, <c>{{ for }}</c>…) that no <c>{{ end }}</c> closes: its keyword and position.</summary>
    public static (string Keyword, int Line, int Column)? UnclosedBlock(string text)
    {
        var open = new Stack<(string Keyword, int Index)>();
        foreach (Match tag in Tag().Matches(text))
        {
            var word = tag.Groups["word"].Value;
            if (Openers.Contains(word))
            {
                open.Push((word, tag.Index));
            }
            else if (word == "end" && open.Count > 0)
            {
                open.Pop();
            }
        }
        if (open.Count == 0)
        {
            return null;
        }
        var (keyword, index) = open.Peek();
        var (line, column) = PositionOf(text, index);
        return (keyword, line, column);
    }

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        if (index == 0)
        {
            lineStart = 0;
        }
        var line = 1;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{[~-]?\s*(?<word>[a-z]+)")]
    private static partial Regex Tag();
}
