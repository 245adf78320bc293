using System.Text.RegularExpressions;

namespace BackGuide.Templates;

/// <summary>
/// Finds where a Handlebars template that does not compile goes wrong — an <c>{{</c> never closed, a block never
/// closed or closed by the wrong name — since Handlebars.Net's own messages give no position for these.
/// </summary>
public static partial class TemplateSyntaxLocator
{
    [GeneratedRegex(@"\{\{~?\s*([#/^])\s*>?\s*([A-Za-z0-9_.-]+)")]
    private static partial Regex BlockTag();

    public sealed record Problem(int Line, int Column, string Explanation);

    public static Problem? Find(string source)
    {
        for (var open = source.IndexOf("{{", StringComparison.Ordinal); open >= 0; open = source.IndexOf("{{", open + 2, StringComparison.Ordinal))
        {
            var close = source.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var next = source.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close && !source.AsSpan(open).StartsWith("{{{")))
            {
                var (line, column) = PositionOf(source, open);
                return new Problem(line, column, "'{{' is never closed by '}}'. Close it on the same line.");
            }
        }
        var blocks = new Stack<(string Name, int At)>();
        foreach (Match tag in BlockTag().Matches(source))
        {
            var name = tag.Groups[2].Value;
            if (tag.Groups[1].Value != "/")
            {
                blocks.Push((name, tag.Index));
                continue;
            }
            if (blocks.Count == 0 || blocks.Peek().Name != name)
            {
                var (line, column) = PositionOf(source, tag.Index);
                return new Problem(line, column, blocks.Count == 0
                    ? $"'{{{{/{name}}}}}' closes a block that was never opened. Remove it, or open the block with '{{{{#{name} …}}}}'."
                    : $"'{{{{/{name}}}}}' closes '{{{{#{blocks.Peek().Name}}}}}', opened on line {PositionOf(source, blocks.Peek().At).Line}. Close that block first with '{{{{/{blocks.Peek().Name}}}}}'.");
            }
            blocks.Pop();
        }
        if (blocks.Count > 0)
        {
            var unclosed = blocks.Peek();
            var (line, column) = PositionOf(source, unclosed.At);
            return new Problem(line, column, $"'{{{{#{unclosed.Name}' is never closed. Add '{{{{/{unclosed.Name}}}}}' where the block ends.");
        }
        return null;
    }

    public static (int Line, int Column) PositionOf(string source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
