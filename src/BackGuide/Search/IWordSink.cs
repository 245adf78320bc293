namespace BackGuide.Search;

/// <summary>Receives, in order, the words <see cref="Tokenizer"/> keeps from a folded text, before stemming.</summary>
internal interface IWordSink
{
    /// <summary>
    /// A word; or, when <paramref name="isCompound"/>, a hyphenated word's parts joined with '-', whose term is the stem
    /// of the parts run together. The span is valid only during the call.
    /// </summary>
    void Add(ReadOnlySpan<char> word, bool isCompound);
}
