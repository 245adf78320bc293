using System.Collections.Concurrent;

namespace BackGuide.Search;

/// <summary>
/// Builds the inverted index: for each term, the pages that hold it with a BM25F weight already saturated
/// (field-weighted term frequency, body length-normalised, then tf / (k1 + tf), as a whole percentage), doubled and
/// plus one when the term is in the page title, so the browser can favour pages whose title holds every word asked
/// for. The browser multiplies by the term's inverse document frequency at query time.
/// <para>
/// Pages are counted in parallel, a <see cref="PageTermCounter"/> per thread; what is kept of a page until every page
/// is counted (the body length normalisation needs the average) is one count per term it holds, so memory follows the
/// vocabulary and the postings, not the number of words.
/// </para>
/// </summary>
public static class SearchIndexBuilder
{
    private const double K1 = 2.0;
    private const double B = 0.75;

    public static SearchIndex Build(IReadOnlyList<SearchablePage> pages, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        var table = new TermTable();
        var counted = new PageTerms[pages.Count];
        var counters = new ConcurrentBag<PageTermCounter>();
        Parallel.For(0, pages.Count,
            () => counters.TryTake(out var counter) ? counter : new PageTermCounter(table),
            (i, _, counter) =>
            {
                counted[i] = counter.Count(pages[i]);
                return counter;
            },
            counters.Add);
        var averageBody = pages.Count == 0 ? 1 : Math.Max(1, counted.Average(p => p.BodyWords));

        var (postings, starts) = Postings(counted, table.Count, averageBody);
        var encoded = new string[table.Count];
        Parallel.For(0, table.Count, term => encoded[term] = PostingEncoding.Encode(postings.AsSpan(starts[term]..starts[term + 1])));
        var terms = new Dictionary<string, string>(table.Count, StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var term = 0; term < table.Count; term++)
        {
            terms.Add(table.Term(term), encoded[term]);
            if (table.Word(term) != table.Term(term))
            {
                words.Add(table.Term(term), table.Word(term));
            }
        }
        return new SearchIndex(pages, terms, words, synonyms);
    }

    /// <summary>
    /// Every term's postings, term after term, each term's pages in order with the weight stored for each (see the class
    /// summary); term <c>t</c>'s run from <c>Starts[t]</c> to <c>Starts[t + 1]</c>. Filled in parallel: each worker
    /// takes a run of terms holding about its share of the postings and reads every page for those.
    /// </summary>
    private static ((int Page, int Weight)[] Postings, int[] Starts) Postings(PageTerms[] counted, int termCount, double averageBody)
    {
        var starts = new int[termCount + 1];
        foreach (var page in counted)
        {
            foreach (var count in page.Terms)
            {
                starts[count.Term + 1]++;
            }
        }
        for (var term = 0; term < termCount; term++)
        {
            starts[term + 1] += starts[term];
        }
        var body = new double[counted.Length];
        for (var page = 0; page < counted.Length; page++)
        {
            body[page] = SearchFieldWeights.Of(SearchField.Body);
            body[page] /= 1 - B + (B * counted[page].BodyWords / averageBody);
        }
        var postings = new (int Page, int Weight)[starts[termCount]];
        var shares = Shares(starts, Environment.ProcessorCount);
        Parallel.For(0, shares.Length - 1, share =>
        {
            var (first, end) = (shares[share], shares[share + 1]);
            var next = starts[first..end];
            for (var page = 0; page < counted.Length; page++)
            {
                var terms = counted[page].Terms;
                for (var i = 0; i < terms.Length; i++)
                {
                    if (terms[i].Term >= first && terms[i].Term < end)
                    {
                        postings[next[terms[i].Term - first]++] = (page, Weight(terms[i], body[page], inTitle: i < counted[page].InTitle));
                    }
                }
            }
        });
        return (postings, starts);
    }

    /// <summary>Term numbers cutting the terms into <paramref name="count"/> runs of about as many postings each, from 0 to the term count.</summary>
    private static int[] Shares(int[] starts, int count)
    {
        var shares = new int[count + 1];
        var term = 0;
        for (var share = 1; share < count; share++)
        {
            while (term < starts.Length - 1 && starts[term] < (long)starts[^1] * share / count)
            {
                term++;
            }
            shares[share] = term;
        }
        shares[count] = starts.Length - 1;
        return shares;
    }

    /// <summary>
    /// The stored weight of one term on one page, given the weight of one body match there. The body's matches are
    /// added one at a time after the other fields', so the sum, and so the rounding, is the same for the same text.
    /// </summary>
    private static int Weight(TermCount count, double body, bool inTitle)
    {
        var frequency = count.Weight;
        for (var i = 0; i < count.InBody; i++)
        {
            frequency += body;
        }
        return (Math.Clamp((int)Math.Round(100 * frequency / (K1 + frequency)), 1, 100) * 2) + (inTitle ? 1 : 0);
    }
}
