namespace BackGuide.Search;

/// <summary>
/// A small English suffix stripper, so "stretches", "stretching" and "stretched" all index as "stretch". Deliberately
/// simple and predictable; theme/assets/search.js has the same rules, and a shared table of cases tests both.
/// </summary>
public static class Stemmer
{
    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");
    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    public static string Stem(string word)
    {
        if (word.Length <= 2 || word.AsSpan().ContainsAnyExcept(Letters))
        {
            return word;
        }
        if (word.Length == 3)
        {
            return IsPlural(word) ? word[..^1] : word; // "ups", "abs"
        }
        var w = StripPlural(word);
        if (w.EndsWith("ing", StringComparison.Ordinal) && IsStem(w[..^3]))
        {
            w = Undouble(w[..^3]);
        }
        else if (w.EndsWith("ed", StringComparison.Ordinal) && IsStem(w[..^2]))
        {
            w = Undouble(w[..^2]);
        }
        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }
        if (w.EndsWith("es", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^2];
        }
        return IsPlural(w) ? w[..^1] : w;
    }

    private static bool IsPlural(string w) =>
        w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal);

    /// <summary>What is left after a suffix must still look like a word: three letters or more, one of them a vowel.</summary>
    private static bool IsStem(string rest) => rest.Length >= 3 && rest.AsSpan().IndexOfAny(Vowels) >= 0;

    /// <summary>"sitt" → "sit", "stopp" → "stop"; doubled l, s and z stay ("roll", "press").</summary>
    private static string Undouble(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && "bdfgmnprt".Contains(w[^1], StringComparison.Ordinal) ? w[..^1] : w;
}
