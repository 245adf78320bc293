using System.Collections.Concurrent;

namespace BackGuide.Search;

/// <summary>
/// Builds the inverted index: for each term, the pages that hold it with a BM25F weight already saturated
/// (field-weighted term frequency, body length-normalised, then tf / (k1 + tf), as a whole percentage), doubled and
/// plus one when the term is in the page title, so the browser can favour pages whose title holds every word asked
/// for. The browser multiplies by the term's inverse document frequency at query time.
/// </summary>
public static class SearchIndexBuilder
{
    private const double K1 = 2.0;
    private const double B = 0.75;

    public static SearchIndex Build(IReadOnlyList<SearchablePage> pages, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var tokenized = new Dictionary<SearchField, List<SearchToken>>[pages.Count];
        Parallel.For(0, pages.Count, i => tokenized[i] = pages[i].Fields.ToDictionary(f => f.Key, f => Tokenizer.Tokenize(f.Value)));
        var averageBody = pages.Count == 0 ? 1 : Math.Max(1, tokenized.Average(t => t[SearchField.Body].Count));
        var weighed = new Dictionary<string, int>[pages.Count];
        Parallel.For(0, pages.Count, i => weighed[i] = Weigh(tokenized[i], averageBody));

        var postings = new Dictionary<string, List<(int Page, int Weight)>>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var (term, weight) in weighed[page])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add((page, weight));
            }
        }
        var terms = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(postings, p => terms[p.Key] = PostingEncoding.Encode(p.Value));
        return new SearchIndex(pages, terms, Words(tokenized), synonyms);
    }

    /// <summary>Each term of one page with its stored weight (see the class summary).</summary>
    private static Dictionary<string, int> Weigh(Dictionary<SearchField, List<SearchToken>> fields, double averageBody)
    {
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (field, tokens) in fields)
        {
            var weight = SearchFieldWeights.Of(field);
            if (field == SearchField.Body)
            {
                weight /= 1 - B + (B * tokens.Count / averageBody);
            }
            foreach (var token in tokens)
            {
                frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
            }
        }
        var inTitle = fields[SearchField.Title].Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return frequencies.ToDictionary(
            f => f.Key,
            f => (Math.Clamp((int)Math.Round(100 * f.Value / (K1 + f.Value)), 1, 100) * 2) + (inTitle.Contains(f.Key) ? 1 : 0),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// For each stem that is not itself a word, a word it came from, for "did you mean": the shortest, which is
    /// usually the plain form ("hamstr" → "hamstring", "kne" → "knee").
    /// </summary>
    private static Dictionary<string, string> Words(Dictionary<SearchField, List<SearchToken>>[] tokenized)
    {
        var perPage = new Dictionary<string, string>[tokenized.Length];
        Parallel.For(0, tokenized.Length, i =>
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tokens in tokenized[i].Values)
            {
                foreach (var token in tokens)
                {
                    Keep(words, token.Term, token.Word);
                }
            }
            perPage[i] = words;
        });
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var words in perPage)
        {
            foreach (var (term, word) in words)
            {
                Keep(all, term, word);
            }
        }
        return all.Where(w => w.Key != w.Value).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
    }

    private static void Keep(Dictionary<string, string> words, string term, string word)
    {
        if (!words.TryGetValue(term, out var kept) || word.Length < kept.Length || (word.Length == kept.Length && string.CompareOrdinal(word, kept) < 0))
        {
            words[term] = word;
        }
    }
}
