using BackGuide.Tests.Support;

namespace BackGuide.Tests.Browser;

/// <summary>The filters on a small inline site whose facts are set for the case: no equipment, and no match at all.</summary>
public sealed class ExerciseFilterInlineTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("exercises/pelvic-tilt.md", Exercise("Pelvic tilt", "[]", "lying", "easy"))
        .WithPage("exercises/bird-dog.md", Exercise("Bird dog", "[mat]", "kneeling", "easy"))
        .WithPage("exercises/wall-sit.md", Exercise("Wall sit", "[wall]", "standing", "moderate"));

    private static string Exercise(string title, string equipment, string position, string difficulty) =>
        TestSite.Exercise(title)
            .Replace("equipment: []", $"equipment: {equipment}", StringComparison.Ordinal)
            .Replace("position: lying", $"position: {position}", StringComparison.Ordinal)
            .Replace("difficulty: easy", $"difficulty: {difficulty}", StringComparison.Ordinal);

    public void Dispose() => _site.Dispose();

    [BrowserTheory]
    [InlineData("equipment", "none", "pelvic-tilt")]
    [InlineData("equipment", "wall", "wall-sit")]
    [InlineData("position", "kneeling", "bird-dog")]
    [InlineData("difficulty", "easy", "bird-dog pelvic-tilt")]
    public async Task AFilter_ShowsExactlyTheExercisesThatHaveIt(string filter, string value, string expected)
    {
        Assert.True(_site.Build().Succeeded);
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "exercises", "index.html")));

        await page.SelectOptionAsync($"select[data-filter={filter}]", value);
        var visible = await page.EvalOnSelectorAllAsync<string[]>("main .group .item", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.slug)");

        Assert.Equal(expected.Split(' '), visible.Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task FiltersThatNothingMatches_SaySo_AndHideEveryGroup()
    {
        Assert.True(_site.Build().Succeeded);
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "exercises", "index.html")));

        await page.SelectOptionAsync("select[data-filter=equipment]", "wall");
        await page.SelectOptionAsync("select[data-filter=position]", "kneeling");
        var groups = await page.EvalOnSelectorAllAsync<int>("main .group", "gs => gs.filter(g => g.offsetParent !== null).length");

        Assert.Equal(0, groups);
        Assert.StartsWith("No exercise matches", await page.TextContentAsync("[data-filter-status]"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
