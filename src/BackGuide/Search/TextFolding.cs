using System.Globalization;
using System.Text;

namespace BackGuide.Search;

/// <summary>Case and accent folding shared by the index and (mirrored in theme/assets/search.js) the query: "Épaule" → "epaule".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            builder.Append(char.ToLowerInvariant(AccentTable.BaseOf(c)));
        }
        return builder.ToString();
    }
}
