using System.Runtime.InteropServices;

namespace BackGuide.Search;

/// <summary>
/// Counts the terms of one page at a time, without a string or token per word: each piece of text is folded into a
/// reused buffer and scanned in place, and each distinct word is stemmed once, then found by its span. One per thread.
/// </summary>
internal sealed class PageTermCounter : IWordSink
{
    private readonly TermTable _table;
    private readonly Dictionary<string, int> _termOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termOfSpan;
    private readonly List<TermCount> _counts = [];
    private int[] _slotOfTerm = [];
    private char[] _folded = new char[4096];
    private SearchField _field;
    private int _bodyWords;

    public PageTermCounter(TermTable table)
    {
        _table = table;
        _termOfSpan = _termOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public PageTerms Count(SearchablePage page)
    {
        _bodyWords = 0;
        foreach (var (field, text) in page.Text)
        {
            if (_folded.Length < text.Length)
            {
                _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
            }
            _field = field;
            Tokenizer.Scan(_folded.AsSpan(0, TextFolding.Fold(text, _folded)), this);
        }
        var counts = _counts.ToArray();
        foreach (var count in counts)
        {
            _slotOfTerm[count.Term] = -1;
        }
        _counts.Clear();
        return new PageTerms(counts, _bodyWords);
    }

    public void Add(ReadOnlySpan<char> word, bool isCompound)
    {
        if (!_termOfSpan.TryGetValue(word, out var term))
        {
            var text = word.ToString();
            term = _table.Add(Tokenizer.TermOf(text, isCompound), text);
            _termOfWord.Add(text, term);
        }
        var slot = SlotOf(term);
        ref var count = ref CollectionsMarshal.AsSpan(_counts)[slot];
        if (_field == SearchField.Body)
        {
            count.InBody++;
            _bodyWords++;
        }
        else
        {
            count.Weight += SearchFieldWeights.Of(_field);
            count.InTitle |= _field == SearchField.Title;
        }
    }

    /// <summary>Where this page's count of <paramref name="term"/> is, starting one if it has none yet.</summary>
    private int SlotOf(int term)
    {
        if (term >= _slotOfTerm.Length)
        {
            var old = _slotOfTerm.Length;
            Array.Resize(ref _slotOfTerm, Math.Max(term + 1, old * 2));
            _slotOfTerm.AsSpan(old).Fill(-1);
        }
        if (_slotOfTerm[term] < 0)
        {
            _slotOfTerm[term] = _counts.Count;
            _counts.Add(new TermCount { Term = term });
        }
        return _slotOfTerm[term];
    }
}
