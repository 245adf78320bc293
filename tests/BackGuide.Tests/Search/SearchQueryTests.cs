using System.Text.Json;
using BackGuide.Tests.Support;
using Microsoft.Playwright;

namespace BackGuide.Tests.Search;

/// <summary>Search in Chromium, from file://, against the shipped guide: the table of patient queries and the public contract.</summary>
public sealed class SearchQueryTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    public static TheoryData<string, string> Queries() => TableFile.Read("queries.tsv");

    public static TheoryData<string, string> TokenizerCases() => TableFile.Read("tokenizer.tsv");

    public static TheoryData<string, string, string> RankingRules() => TableFile.ReadThree("ranking.tsv");

    [BrowserTheory]
    [MemberData(nameof(Queries))]
    public async Task EachQuery_FindsItsPage_InTheTopThree(string query, string expected)
    {
        var page = await OpenAsync("exercises/bird-dog.html");

        var urls = await page.EvaluateAsync<string[]>("q => BackGuideSearch.search(q).then(r => r.map(x => x.url))", query);

        Assert.True(urls.Take(3).Contains(expected), $"'{query}' gave: {string.Join(", ", urls.Take(5))}");
    }

    [BrowserTheory]
    [MemberData(nameof(RankingRules))]
    public async Task EachRankingRule_Holds(string query, string rule, string argument)
    {
        var page = await OpenAsync("exercises/bird-dog.html");

        var json = await page.EvaluateAsync<string>("q => BackGuideSearch.search(q).then(r => JSON.stringify(r))", query);

        var results = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();
        var urls = results.Select(r => r.GetProperty("url").GetString()!).ToList();
        var gave = $"'{query}' gave: {string.Join(", ", results.Take(5).Select(Describe))}";
        switch (rule)
        {
            case "first":
                Assert.True(urls.FirstOrDefault() == argument, gave);
                break;
            case "top3":
                Assert.True(urls.Take(3).Contains(argument), gave);
                break;
            case "not-top3":
                Assert.True(urls.Contains(argument) && !urls.Take(3).Contains(argument), gave);
                break;
            case "no-avoid-top3":
                Assert.True(results.Count >= 3 && !results.Take(3).Any(IsAvoided), gave);
                break;
            case "marked":
                var marked = results.Single(r => r.GetProperty("url").GetString() == argument);
                Assert.True(IsAvoided(marked), gave);
                var instead = marked.GetProperty("instead").EnumerateArray().ToList();
                Assert.NotEmpty(instead);
                Assert.All(instead, link => Assert.True(File.Exists(Path.Combine(guide.OutputDirectory, link.GetProperty("url").GetString()!)), link.ToString()));
                Assert.All(instead, link => Assert.NotEmpty(link.GetProperty("title").GetString()!));
                break;
            case "searched":
                Assert.True(results.Count > 0 && results.All(r => r.TryGetProperty("searched", out var s) && s.GetString() == argument), gave + " " + json[..Math.Min(300, json.Length)]);
                break;
            case "found":
                Assert.True(results.Count > 0, gave);
                break;
            default:
                Assert.Fail($"ranking.tsv: unknown rule '{rule}'");
                break;
        }
    }

    private static bool IsAvoided(JsonElement result) => result.TryGetProperty("avoid", out var avoid) && avoid.GetBoolean();

    private static string Describe(JsonElement result) => result.GetProperty("url").GetString() + (IsAvoided(result) ? " (avoid)" : "");

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
            var fields = result.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            Assert.Subset(new HashSet<string>(["snippet", "title", "url", "avoid", "instead", "searched"]), fields); // extras only where they apply
            Assert.Superset(new HashSet<string>(["snippet", "title", "url"]), fields);
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
