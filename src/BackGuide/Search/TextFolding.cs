using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BackGuide.Search;

/// <summary>Case and accent folding shared by the index and (mirrored in theme/assets/search.js) the query: "Épaule" → "epaule".</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Fold(text, buffer)]);
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/>, which must be as long, and returns the folded length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var ascii = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (ascii != 0)
            {
                var run = ascii < 0 ? text.Length - i : ascii;
                Ascii.ToLower(text.Slice(i, run), destination[length..], out var written);
                length += written;
                i += run;
                continue;
            }
            var c = text[i++];
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                destination[length++] = char.ToLowerInvariant(AccentTable.BaseOf(c));
            }
        }
        return length;
    }
}
