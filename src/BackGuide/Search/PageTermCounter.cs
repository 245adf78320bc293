using System.Runtime.CompilerServices;

namespace BackGuide.Search;

/// <summary>
/// Counts the terms of one page at a time, without a string or token per word: each piece of text is folded into a
/// reused buffer and scanned in place, and each distinct word is stemmed once, then found by its span. The title comes
/// first in a page's text, so its terms are counted first. One per thread.
/// <para>
/// A build runs this once per process, over millions of words, so the methods on that path (here, in
/// <see cref="Tokenizer.Scan"/>, <see cref="TextFolding"/>, <see cref="StopWords"/> and <see cref="WordTable"/>) are
/// compiled optimised at their first call, with their small helpers inlined, rather than starting unoptimised.
/// </para>
/// </summary>
internal sealed class PageTermCounter(TermTable table)
{
    private readonly WordTable _termOfWord = new();
    private TermCount[] _counts = new TermCount[256];
    private int _termsOnPage;
    private int[] _slotOfTerm = [];
    private char[] _folded = new char[4096];
    private SearchField _field;
    private int _bodyWords;

    public PageTerms Count(SearchablePage page)
    {
        _bodyWords = 0;
        var inTitle = 0;
        foreach (var (field, text) in page.Text)
        {
            if (_folded.Length < text.Length)
            {
                _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
            }
            _field = field;
            Tokenizer.Scan(_folded.AsSpan(0, TextFolding.Fold(text, _folded)), new Sink(this));
            if (field == SearchField.Title)
            {
                inTitle = _termsOnPage;
            }
        }
        var counts = new TermCount[_termsOnPage];
        Array.Copy(_counts, counts, _termsOnPage);
        foreach (var count in counts)
        {
            _slotOfTerm[count.Term] = -1;
        }
        _termsOnPage = 0;
        return new PageTerms(counts, inTitle, _bodyWords);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<char> word, bool isCompound)
    {
        if (!_termOfWord.TryGetValue(word, out var term))
        {
            var text = word.ToString();
            term = table.Add(Tokenizer.TermOf(text, isCompound), text);
            _termOfWord.Add(text, term);
        }
        var slot = SlotOf(term); // first: it may replace _counts with a larger array
        ref var count = ref _counts[slot];
        if (_field == SearchField.Body)
        {
            count.InBody++;
            _bodyWords++;
        }
        else
        {
            count.Weight += SearchFieldWeights.Of(_field);
        }
    }

    /// <summary>Where this page's count of <paramref name="term"/> is, starting one if it has none yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(int term)
    {
        if (term >= _slotOfTerm.Length || _slotOfTerm[term] < 0)
        {
            Start(term);
        }
        return _slotOfTerm[term];
    }

    private void Start(int term)
    {
        if (term >= _slotOfTerm.Length)
        {
            var old = _slotOfTerm.Length;
            Array.Resize(ref _slotOfTerm, Math.Max(term + 1, old * 2));
            _slotOfTerm.AsSpan(old).Fill(-1);
        }
        if (_termsOnPage == _counts.Length)
        {
            Array.Resize(ref _counts, _counts.Length * 2);
        }
        _counts[_termsOnPage] = new TermCount { Term = term };
        _slotOfTerm[term] = _termsOnPage++;
    }

    /// <summary>A struct, so <see cref="Tokenizer.Scan"/> is compiled for it and calls <see cref="Add"/> directly.</summary>
    private readonly struct Sink(PageTermCounter counter) : IWordSink
    {
        public void Add(ReadOnlySpan<char> word, bool isCompound) => counter.Add(word, isCompound);
    }
}
