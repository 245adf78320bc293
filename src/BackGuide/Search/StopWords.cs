using System.Collections.Frozen;

namespace BackGuide.Search;

/// <summary>Words too common to help find a page; left out of the index, and shipped inside it so the browser drops the same ones.</summary>
public static class StopWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
        "being", "but", "by", "can", "could", "did", "do", "does", "doing", "each", "for", "from", "had", "has", "have", "he",
        "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "more", "most", "my", "no", "not", "of",
        "on", "only", "or", "other", "our", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "why", "will", "with", "would", "you", "your", "yours",
    ];

    private static readonly FrozenSet<string> Set = All.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet = Set.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string word) => Set.Contains(word);

    public static bool Contains(ReadOnlySpan<char> word) => SpanSet.Contains(word);
}
