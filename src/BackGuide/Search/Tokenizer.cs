namespace BackGuide.Search;

/// <summary>
/// Splits text into search terms: folded, split on anything but letters and digits (apostrophes join, hyphens make a
/// compound as well as its parts), stop words and one-letter words dropped, each word stemmed. The browser mirrors it.
/// </summary>
public static class Tokenizer
{
    public static List<SearchToken> Tokenize(string text)
    {
        var tokens = new List<SearchToken>();
        var folded = TextFolding.Fold(text);
        var parts = new List<string>(4);
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded[i]))
            {
                i++;
                continue;
            }
            parts.Clear();
            var start = i;
            var hasApostrophe = false;
            while (i < folded.Length)
            {
                var c = folded[i];
                var joins = IsJoiner(c) && i + 1 < folded.Length && IsWordChar(folded[i + 1]);
                if (joins && IsHyphen(c))
                {
                    parts.Add(Part(folded, start, i, hasApostrophe));
                    start = i + 1;
                    hasApostrophe = false;
                }
                else if (joins)
                {
                    hasApostrophe = true;
                }
                else if (!IsWordChar(c))
                {
                    break;
                }
                i++;
            }
            parts.Add(Part(folded, start, i, hasApostrophe));
            Emit(tokens, parts);
        }
        return tokens;
    }

    /// <summary>Just the terms, in order.</summary>
    public static List<string> Terms(string text) => Tokenize(text).Select(t => t.Term).ToList();

    private static string Part(string text, int start, int end, bool hasApostrophe)
    {
        var part = text[start..end];
        return hasApostrophe ? part.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal) : part;
    }

    private static void Emit(List<SearchToken> tokens, List<string> parts)
    {
        foreach (var word in parts)
        {
            if (word.Length >= 2 && !StopWords.Contains(word))
            {
                tokens.Add(new SearchToken(Stemmer.Stem(word), word, IsCompound: false));
            }
        }
        if (parts.Count > 1)
        {
            tokens.Add(new SearchToken(Stemmer.Stem(string.Concat(parts)), string.Join('-', parts), IsCompound: true));
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (!char.IsAscii(c) && (char.IsLetter(c) || char.IsDigit(c)));

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsJoiner(char c) => IsHyphen(c) || c is '\'' or '\u2019';
}
