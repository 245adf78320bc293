using BackGuide.Search;

namespace BackGuide.Tests.Search;

/// <summary>
/// The builder counts terms straight from spans; these check it against the plain reading of the rules: tokenize each
/// field's text with <see cref="Tokenizer.Tokenize"/>, add field weights in field order, normalise the body by length.
/// </summary>
public sealed class SearchIndexBuilderTests
{
    private static readonly string[] Words =
    [
        "Stretch", "stretches", "stretching", "hamstrings", "sit-ups", "knee\u2010to\u2010chest", "child's", "child\u2019s",
        "ÉPAULE", "crème", "e\u0301paule", "the", "and", "A", "I", "x", "99", "3rd", "about", "because", "through",
        "well-known-and-loved", "don't-stop", "δέλτα", "日本", "naïve", "Ǆemal", "rolling", "stopped", "pelvis", "yours",
        "co-op", "e-mail", "a-b", "x-ray", "it's-a-go", "--", "'", "’s", "end-", "-start", "O'Neil", "rock'n'roll",
    ];

    [Fact]
    public void Build_AgreesWithTokenizingEachField()
    {
        var pages = Pages(count: 120, seed: 7);

        var index = SearchIndexBuilder.Build(pages, []);

        var (terms, words) = Reference(pages);
        Assert.Equal(terms.OrderBy(t => t.Key, StringComparer.Ordinal), index.Terms.OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.Equal(words.OrderBy(w => w.Key, StringComparer.Ordinal), index.Words.OrderBy(w => w.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Build_IndexesEveryWord_OfAPageWithThousandsOfDistinctWords()
    {
        var many = string.Join(' ', Enumerable.Range(0, 3000).Select(Invented));
        var page = new SearchablePage("a.html", "A", "", [new(SearchField.Title, "Page"), new(SearchField.Body, many)]);

        var index = SearchIndexBuilder.Build([page], []);

        Assert.All(Enumerable.Range(0, 3000), i => Assert.Contains(Stemmer.Stem(Invented(i)), index.Terms.Keys));
    }

    [Fact]
    public void Build_OfNoPages_IsEmpty()
    {
        var index = SearchIndexBuilder.Build([], []);

        Assert.Empty(index.Terms);
        Assert.Empty(index.Words);
    }

    [Fact]
    public void StopWords_AreFoundAsStringsAndSpans_AndNothingElseIs()
    {
        Assert.All(StopWords.All, w => Assert.True(StopWords.Contains(w) && StopWords.Contains(w.AsSpan()), w));
        Assert.All(["", "The", "abouts", "becausee", "théy", "a\0", "stretch", "ab"], w => Assert.False(StopWords.Contains(w), w));
    }

    /// <summary>Pages of random words from <see cref="Words"/> and invented ones, in every field, more than one piece to some.</summary>
    private static List<SearchablePage> Pages(int count, int seed)
    {
        var random = new Random(seed);
        string Text(int words) => string.Join(random.Next(3) switch { 0 => " ", 1 => ", ", _ => "\n" },
            Enumerable.Range(0, words).Select(_ => random.Next(3) == 0 ? Invented(random.Next(2000)) : Words[random.Next(Words.Length)]));
        return Enumerable.Range(0, count).Select(i => new SearchablePage($"p{i}.html", $"P{i}", "",
        [
            new(SearchField.Title, Text(random.Next(1, 6))),
            .. Enumerable.Range(0, random.Next(3)).Select(_ => new FieldText(SearchField.Keywords, Text(random.Next(1, 3)))),
            .. Enumerable.Range(0, random.Next(4)).Select(_ => new FieldText(SearchField.Headings, Text(random.Next(1, 5)))),
            new(SearchField.Summary, Text(random.Next(0, 15))),
            .. Enumerable.Range(0, random.Next(1, 3)).Select(_ => new FieldText(SearchField.Body, Text(random.Next(0, 600)))),
        ])).ToList();
    }

    private static string Invented(int i) => "zq" + string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "ings";

    /// <summary>The index terms and "did you mean" words, worked out from whole tokens with the formula in <see cref="SearchIndexBuilder"/>.</summary>
    private static (Dictionary<string, string> Terms, Dictionary<string, string> Words) Reference(List<SearchablePage> pages)
    {
        var fields = pages.Select(p => p.Text.GroupBy(t => t.Field)
            .Select(g => (Field: g.Key, Tokens: Tokenizer.Tokenize(string.Join('\n', g.Select(t => t.Text))))).ToList()).ToList();
        var averageBody = Math.Max(1, fields.Average(f => f.Single(t => t.Field == SearchField.Body).Tokens.Count));
        var postings = new Dictionary<string, List<(int Page, int Weight)>>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            var frequency = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (field, tokens) in fields[page])
            {
                var weight = SearchFieldWeights.Of(field);
                if (field == SearchField.Body)
                {
                    weight /= 0.25 + (0.75 * tokens.Count / averageBody);
                }
                foreach (var token in tokens)
                {
                    frequency[token.Term] = frequency.GetValueOrDefault(token.Term) + weight;
                    if (!words.TryGetValue(token.Term, out var kept) || token.Word.Length < kept.Length
                        || (token.Word.Length == kept.Length && string.CompareOrdinal(token.Word, kept) < 0))
                    {
                        words[token.Term] = token.Word;
                    }
                }
            }
            var title = fields[page].Single(f => f.Field == SearchField.Title).Tokens.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            foreach (var (term, f) in frequency)
            {
                var stored = (Math.Clamp((int)Math.Round(100 * f / (2 + f)), 1, 100) * 2) + (title.Contains(term) ? 1 : 0);
                postings.TryAdd(term, []);
                postings[term].Add((page, stored));
            }
        }
        return (postings.ToDictionary(p => p.Key, p => PostingEncoding.Encode(p.Value), StringComparer.Ordinal),
            words.Where(w => w.Key != w.Value).ToDictionary(StringComparer.Ordinal));
    }
}
