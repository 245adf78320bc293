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
        var tokenized = pages.Select(p => p.Fields.ToDictionary(f => f.Key, f => Tokenizer.Tokenize(f.Value))).ToList();
        var averageBody = tokenized.Count == 0 ? 1 : Math.Max(1, tokenized.Average(t => t[SearchField.Body].Count));
        var postings = new SortedDictionary<string, List<(int Page, int Weight)>>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        for (var page = 0; page < tokenized.Count; page++)
        {
            var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
            var inTitle = tokenized[page][SearchField.Title].Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            foreach (var (field, tokens) in tokenized[page])
            {
                var weight = SearchFieldWeights.Of(field);
                if (field == SearchField.Body)
                {
                    weight /= 1 - B + (B * tokens.Count / averageBody);
                }
                foreach (var token in tokens)
                {
                    frequencies[token.Term] = frequencies.GetValueOrDefault(token.Term) + weight;
                    CountSurface(surfaces, token);
                }
            }
            foreach (var (term, tf) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                var percent = Math.Clamp((int)Math.Round(100 * tf / (K1 + tf)), 1, 100);
                list.Add((page, (percent * 2) + (inTitle.Contains(term) ? 1 : 0)));
            }
        }
        var terms = postings.ToDictionary(p => p.Key, p => PostingEncoding.Encode(p.Value), StringComparer.Ordinal);
        var words = surfaces
            .Select(s => (Term: s.Key, Word: s.Value.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).First().Key))
            .Where(s => s.Word != s.Term)
            .ToDictionary(s => s.Term, s => s.Word, StringComparer.Ordinal);
        return new SearchIndex(pages, terms, words, synonyms);
    }

    private static void CountSurface(Dictionary<string, Dictionary<string, int>> surfaces, SearchToken token)
    {
        if (!surfaces.TryGetValue(token.Term, out var counts))
        {
            surfaces[token.Term] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        counts[token.Word] = counts.GetValueOrDefault(token.Word) + 1;
    }
}
