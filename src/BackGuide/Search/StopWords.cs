using System.Runtime.CompilerServices;

namespace BackGuide.Search;

/// <summary>Words too common to help find a page; left out of the index, and shipped inside it so the browser drops the same ones.</summary>
public static class StopWords
{
    /// <summary>
    /// The stop words: lowercase letters a–z, at most eight (so a span is checked as one number; see <see cref="Pack"/>).
    /// "can't" and "cannot" are among them: "can't sleep" is about sleep, and "cannot pee" about peeing.
    /// </summary>
    public static readonly IReadOnlyList<string> All =
    [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "arent", "as", "at", "be", "because", "been",
        "before", "being", "but", "by", "can", "cannot", "cant", "could", "did", "didnt", "do", "does", "doesnt", "doing",
        "dont", "each", "for", "from", "had", "has", "have", "he",
        "her", "his", "how", "i", "if", "in", "into", "is", "isnt", "it", "its", "just", "me", "more", "most", "my", "no", "not", "of",
        "on", "only", "or", "other", "our", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "why", "will", "with", "would", "you", "your", "yours",
    ];

    private const int TableSize = 256;

    /// <summary>The packed stop words in an open-addressing table of <see cref="TableSize"/> slots, 0 marking an empty one.</summary>
    private static readonly ulong[] Table = BuildTable();

    public static bool Contains(string word) => Contains(word.AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Contains(ReadOnlySpan<char> word)
    {
        var packed = Pack(word);
        if (packed == 0)
        {
            return false;
        }
        for (var i = Slot(packed); Table[i] != 0; i = (i + 1) % TableSize)
        {
            if (Table[i] == packed)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word of one to eight letters a–z as one byte each; 0 for any other word, which is never a stop word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 8)
        {
            return 0;
        }
        ulong packed = 0;
        foreach (var c in word)
        {
            if ((uint)(c - 'a') > 'z' - 'a')
            {
                return 0;
            }
            packed = (packed << 8) | c;
        }
        return packed;
    }

    private static int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15) >> 56);

    private static ulong[] BuildTable()
    {
        var table = new ulong[TableSize];
        foreach (var word in All)
        {
            var packed = Pack(word);
            if (packed == 0)
            {
                throw new InvalidOperationException($"The stop word '{word}' is not one to eight letters a–z.");
            }
            var i = Slot(packed);
            while (table[i] != 0)
            {
                i = (i + 1) % TableSize;
            }
            table[i] = packed;
        }
        return table;
    }
}
