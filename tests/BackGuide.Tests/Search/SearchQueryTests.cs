using System.Text.Json;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Search;

/// <summary>Search in Chromium, from file://, against the shipped guide: the table of patient queries and the public contract.</summary>
public sealed class SearchQueryTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    public static TheoryData<string, string> Queries() => TableFile.Read("queries.tsv");

    public static TheoryData<string, string> TokenizerCases() => TableFile.Read("tokenizer.tsv");

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task EachQuery_FindsItsPage_InTheTopThree(string query, string expected)
    {
        var page = await OpenAsync("exercises/bird-dog.html");

        var urls = await page.EvaluateAsync<string[]>("q => BackGuideSearch.search(q).then(r => r.map(x => x.url))", query);

        Assert.True(urls.Take(3).Contains(expected), $"'{query}' gave: {string.Join(", ", urls.Take(5))}");
    }

    [BrowserFact]
    public async Task Search_ResolvesToTitleUrlSnippet_BestFirst_UrlsFromTheSiteRoot()
    {
        var page = await OpenAsync("exercises/bird-dog.html");

        var json = await page.EvaluateAsync<string>("BackGuideSearch.search('towel stretch').then(r => JSON.stringify(r))");
        var empty = await page.EvaluateAsync<int>("BackGuideSearch.search('   ').then(r => r.length)");
        var isPromise = await page.EvaluateAsync<bool>("BackGuideSearch.search('x') instanceof Promise");

        var results = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        Assert.True(isPromise);
        Assert.Equal(0, empty);
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Equal(["snippet", "title", "url"], result.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            var url = result.GetProperty("url").GetString()!;
            Assert.False(url.StartsWith('/') || url.StartsWith("..", StringComparison.Ordinal), url);
            Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, url)), url);
        }
        Assert.Equal("Hamstring stretch with a towel", results[0].GetProperty("title").GetString());
        Assert.Equal("exercises/hamstring-stretch.html", results[0].GetProperty("url").GetString());
        Assert.Contains("back of the thigh", results[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [BrowserTheory]
    [MemberData(nameof(TokenizerCases))]
    public async Task TheBrowser_CutsWords_AsTheIndexDoes(string text, string expected)
    {
        var page = await OpenAsync("index.html");

        var terms = await page.EvaluateAsync<string[]>("t => BackGuideSearch.terms(t)", text);

        Assert.Equal(expected, string.Join(' ', terms));
    }

    private static readonly SemaphoreSlim Opening = new(1, 1);
    private static (BrowserSession Session, IPage Page)? _shared;

    /// <summary>One page for the whole table (the class's browser lives as long as the class), so each row only searches.</summary>
    private async Task<IPage> OpenAsync(string path)
    {
        await Opening.WaitAsync();
        try
        {
            if (_shared is not { } shared || shared.Session != session)
            {
                var page = await session.NewPageAsync();
                await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, path)));
                _shared = shared = (session, page);
            }
            return shared.Page;
        }
        finally
        {
            Opening.Release();
        }
    }
}
