using System.Globalization;

namespace BackGuide.Search;

/// <summary>Case and accent folding shared by the index and (mirrored in theme/assets/search.js) the query: "Épaule" → "epaule".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsAscii(c))
            {
                buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            buffer[length++] = char.ToLowerInvariant(AccentTable.BaseOf(c));
        }
        return new string(buffer[..length]);
    }
}
