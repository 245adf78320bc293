using System.Buffers;

namespace BackGuide.FrontMatter;

/// <summary>Writes text as a YAML scalar that reads back as the same text, for the front matter BackGuide writes.</summary>
public static class YamlScalar
{
    private static readonly SearchValues<char> Indicators = SearchValues.Create(":#[]{},&*!|>'\"%@`\\");

    /// <summary>Plain when that reads back the same, double-quoted otherwise.</summary>
    public static string Quote(string text)
    {
        var plain = text.Length > 0 && text.Trim() == text && text.AsSpan().IndexOfAny(Indicators) < 0
            && !text.StartsWith('-') && !text.StartsWith('?') && !LooksLikeAnotherType(text);
        return plain ? text : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Words YAML would read as null, true or false rather than as text.</summary>
    private static bool LooksLikeAnotherType(string text) =>
        text.ToLowerInvariant() is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off";
}
