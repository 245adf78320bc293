using System.Runtime.CompilerServices;

namespace BackGuide.Search;

/// <summary>
/// Splits text into search terms: folded, split on anything but letters and digits (apostrophes join, hyphens make a
/// compound as well as its parts), stop words and one-letter words dropped, each word stemmed. The browser mirrors it.
/// </summary>
public static class Tokenizer
{
    private const int StackWordLength = 128;

    public static List<SearchToken> Tokenize(string text)
    {
        var folded = TextFolding.Fold(text);
        var tokens = new TokenList();
        Scan(folded, tokens);
        return tokens.Tokens;
    }

    /// <summary>Just the terms, in order.</summary>
    public static List<string> Terms(string text) => Tokenize(text).Select(t => t.Term).ToList();

    /// <summary>The stem a word given to an <see cref="IWordSink"/> indexes as.</summary>
    internal static string TermOf(string word, bool isCompound) =>
        Stemmer.Stem(isCompound ? word.Replace("-", "", StringComparison.Ordinal) : word);

    /// <summary>Hands each word of already folded text to <paramref name="sink"/>, in the order <see cref="Tokenize"/> lists them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Scan<TSink>(ReadOnlySpan<char> folded, TSink sink) where TSink : IWordSink
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded[i]))
            {
                i++;
                continue;
            }
            var start = i++;
            var joined = false;
            while (i < folded.Length)
            {
                if (IsWordChar(folded[i]))
                {
                    i++;
                }
                else if (IsJoiner(folded[i]) && i + 1 < folded.Length && IsWordChar(folded[i + 1]))
                {
                    joined = true;
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            if (joined)
            {
                AddJoined(folded[start..i], sink);
            }
            else
            {
                AddPart(folded[start..i], sink);
            }
        }
    }

    /// <summary>A word holding apostrophes or hyphens: its parts without apostrophes, then, for more than one part, the compound.</summary>
    private static void AddJoined<TSink>(ReadOnlySpan<char> word, TSink sink) where TSink : IWordSink
    {
        var buffer = word.Length <= StackWordLength ? stackalloc char[StackWordLength] : new char[word.Length];
        var length = 0;
        var partStart = 0;
        foreach (var c in word)
        {
            if (IsHyphen(c))
            {
                AddPart(buffer[partStart..length], sink);
                buffer[length++] = '-';
                partStart = length;
            }
            else if (!IsJoiner(c))
            {
                buffer[length++] = c;
            }
        }
        AddPart(buffer[partStart..length], sink);
        if (partStart > 0)
        {
            sink.Add(buffer[..length], isCompound: true);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPart<TSink>(ReadOnlySpan<char> part, TSink sink) where TSink : IWordSink
    {
        if (part.Length >= 2 && !StopWords.Contains(part))
        {
            sink.Add(part, isCompound: false);
        }
    }

    /// <summary>A letter or digit: ASCII ones checked inline, since this runs for every character indexed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 128 ? (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a' : IsOtherWordChar(c);

    private static bool IsOtherWordChar(char c) => char.IsLetter(c) || char.IsDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiner(char c) => IsHyphen(c) || c is '\'' or '\u2019';

    /// <summary>Collects the tokens <see cref="Tokenize"/> returns.</summary>
    private sealed class TokenList : IWordSink
    {
        public List<SearchToken> Tokens { get; } = [];

        public void Add(ReadOnlySpan<char> word, bool isCompound)
        {
            var text = word.ToString();
            Tokens.Add(new SearchToken(TermOf(text, isCompound), text, isCompound));
        }
    }
}
