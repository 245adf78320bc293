using System.Collections.Concurrent;
using System.Text.Json;
using BackGuide.Tests.Support;
using PuppeteerSharp;

namespace BackGuide.Tests.Search;

/// <summary>Search in Firefox, from file://, against the shipped guide: the public contract, the table of patient
/// queries (typos included) and search.html?q=.</summary>
public sealed class FirefoxSearchTests(ShippedGuide guide, FirefoxSession firefox) : IClassFixture<ShippedGuide>, IClassFixture<FirefoxSession>
{
    private static readonly ConcurrentDictionary<FirefoxSession, Task<IPage>> BirdDogPages = new();

    public static TheoryData<string, string> Queries() => TableFile.Read("queries.tsv");

    [FirefoxFact]
    public async Task Search_ResolvesToTitleUrlSnippet_BestFirst_UrlsFromTheSiteRoot()
    {
        var page = await BirdDogPageAsync();

        var json = await page.EvaluateExpressionAsync<string>("BackGuideSearch.search('towel stretch').then(r => JSON.stringify(r))");
        var isPromise = await page.EvaluateExpressionAsync<bool>("BackGuideSearch.search('x') instanceof Promise");

        var results = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.True(isPromise);
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            // The contract's three fields are always there; a movement to avoid may carry more (avoid, instead).
            Assert.Subset(result.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal), new HashSet<string>(["snippet", "title", "url"]));
            var url = result.GetProperty("url").GetString()!;
            Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, url)), url);
        }
        Assert.Equal("Hamstring stretch with a towel", results[0].GetProperty("title").GetString());
        Assert.Equal("exercises/hamstring-stretch.html", results[0].GetProperty("url").GetString());
    }

    [FirefoxTheory]
    [MemberData(nameof(Queries))]
    public async Task EachQuery_FindsItsPage_InTheTopThree(string query, string expected)
    {
        var page = await BirdDogPageAsync();

        var urls = await page.EvaluateFunctionAsync<string[]>("q => BackGuideSearch.search(q).then(r => r.map(x => x.url))", query);

        Assert.True(urls.Take(3).Contains(expected), $"'{query}' gave: {string.Join(", ", urls.Take(5))}");
    }

    [FirefoxFact]
    public async Task TheSearchPage_ShowsTheResultsOfQ_WithTheWordsMarked()
    {
        var page = await firefox.OpenAsync(Path.Combine(guide.OutputDirectory, "search.html"), "?q=hamstrng+towel");

        await page.WaitForSelectorAsync("[data-search-page-results] .search-result");
        var first = await page.EvaluateExpressionAsync<string>("document.querySelector('[data-search-page-results] .search-result h2').textContent");
        var input = await page.EvaluateExpressionAsync<string>("document.querySelector('[data-search-page-input]').value");
        var marks = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('[data-search-page-results] mark')].map(m => m.textContent.toLowerCase())");

        Assert.Equal("Hamstring stretch with a towel", first.Trim());
        Assert.Equal("hamstrng towel", input);
        Assert.Contains("towel", marks);
    }

    [FirefoxFact]
    public async Task TheSearchPage_WithNoMatch_SuggestsTheNearestKnownWord()
    {
        var page = await firefox.OpenAsync(Path.Combine(guide.OutputDirectory, "search.html"), "?q=hamstrxqz");

        await page.WaitForSelectorAsync("[data-search-empty]:not([hidden])");
        var suggestion = await page.EvaluateExpressionAsync<string>("document.querySelector('[data-search-suggestion-list] a').textContent");

        Assert.Equal("hamstring", suggestion);
    }

    /// <summary>One page for the whole table, so each row only searches.</summary>
    private Task<IPage> BirdDogPageAsync() =>
        BirdDogPages.GetOrAdd(firefox, session => session.OpenAsync(Path.Combine(guide.OutputDirectory, "exercises", "bird-dog.html")));
}
