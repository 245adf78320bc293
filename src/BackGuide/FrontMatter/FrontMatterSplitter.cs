namespace BackGuide.FrontMatter;

/// <summary>A page's text cut into its YAML front matter and its Markdown body, with the line each starts on.</summary>
public readonly record struct FrontMatterBlock(string? Yaml, int YamlLine, string Body, int BodyLine);

/// <summary>Finds the front matter between a first line <c>---</c> and the next line <c>---</c> (or <c>...</c>).</summary>
public static class FrontMatterSplitter
{
    /// <returns>False when the front matter is opened but never closed.</returns>
    public static bool TrySplit(string text, out FrontMatterBlock block)
    {
        if (!IsFence(text, 0, out var firstLineEnd))
        {
            block = new FrontMatterBlock(null, 0, text, 1);
            return true;
        }
        var line = 2;
        var start = firstLineEnd;
        var position = start;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var content = text.AsSpan(position, (end < 0 ? text.Length : end) - position).TrimEnd();
            if (content is "---" or "...")
            {
                block = new FrontMatterBlock(text[start..position], 2, text[next..], line + 1);
                return true;
            }
            position = next;
            line++;
        }
        block = default;
        return false;
    }

    private static bool IsFence(string text, int at, out int lineEnd)
    {
        var end = text.IndexOf('\n', at);
        var span = text.AsSpan(at, (end < 0 ? text.Length : end) - at).TrimEnd();
        lineEnd = end < 0 ? text.Length : end + 1;
        return span is "---";
    }
}
