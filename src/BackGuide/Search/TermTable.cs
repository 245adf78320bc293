namespace BackGuide.Search;

/// <summary>
/// The index's terms, numbered as the page counters first meet them, each with a word it came from for "did you mean":
/// the shortest, then the first in ordinal order, which is usually the plain form ("hamstr" → "hamstring", "kne" → "knee").
/// Safe to add to from several threads.
/// </summary>
internal sealed class TermTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<string> _words = [];

    public int Count => _terms.Count;

    public string Term(int id) => _terms[id];

    public string Word(int id) => _words[id];

    /// <summary>The number of <paramref name="term"/>, counting <paramref name="word"/> among the words it came from.</summary>
    public int Add(string term, string word)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(term, out var id))
            {
                id = _terms.Count;
                _ids.Add(term, id);
                _terms.Add(term);
                _words.Add(word);
            }
            else if (word.Length < _words[id].Length || (word.Length == _words[id].Length && string.CompareOrdinal(word, _words[id]) < 0))
            {
                _words[id] = word;
            }
            return id;
        }
    }
}
