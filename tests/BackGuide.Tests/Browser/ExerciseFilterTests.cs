using BackGuide.Tests.Navigation;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Browser;

/// <summary>The exercises index filters, run in Chromium from file:// on the shipped guide; expected results come from the exercise pages' own facts.</summary>
public sealed class ExerciseFilterTests(ShippedGuide guide, BrowserSession session) : IClassFixture<ShippedGuide>, IClassFixture<BrowserSession>
{
    private static readonly Dictionary<string, string> FactLabels = new()
    {
        ["target"] = "Works", ["position"] = "Position", ["equipment"] = "Equipment", ["difficulty"] = "Difficulty",
    };

    /// <summary>The slugs of the index's exercises whose pages state every chosen value in their facts.</summary>
    private List<string> Expected(params (string Filter, string Value)[] chosen)
    {
        var slugs = guide.Html("exercises/index.html").QuerySelectorAll("main .group .item").Select(i => i.GetAttribute("data-slug")!);
        return slugs.Where(slug =>
        {
            var facts = guide.Html($"exercises/{slug}.html").QuerySelectorAll(".facts div")
                .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dt")!.TextContent == "Works"
                    ? d.QuerySelectorAll("dd a[href*='targets/']").Select(a => Path.GetFileNameWithoutExtension(a.GetAttribute("href")!)).ToList() // labels are in readers' words
                    : d.QuerySelector("dd")!.TextContent.Split(',').Select(LinkGraph.Slug).ToList());
            return chosen.All(c => facts.TryGetValue(FactLabels[c.Filter], out var values) && values.Contains(c.Value));
        }).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<(List<string> Visible, string Status)> Filter(params (string Filter, string Value)[] chosen)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "exercises", "index.html")));
        await page.WaitForSelectorAsync("form[data-filters]:not([hidden])");
        foreach (var (filter, value) in chosen)
        {
            await page.SelectOptionAsync($"select[data-filter={filter}]", value);
        }
        var visible = await page.EvalOnSelectorAllAsync<string[]>("main .group .item", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.slug)");
        var status = await page.TextContentAsync("[data-filter-status]") ?? "";
        await page.Context.CloseAsync();
        return (visible.Order(StringComparer.Ordinal).ToList(), status);
    }

    public static TheoryData<string, string> SingleFilters() => new()
    {
        { "position", "lying" }, { "position", "kneeling" }, { "position", "seated" }, { "position", "standing" },
        { "target", "hamstrings" }, { "target", "lower-back" }, { "target", "core" },
        { "equipment", "towel" }, { "equipment", "mat" }, { "equipment", "wall" },
        { "difficulty", "easy" }, { "difficulty", "moderate" },
    };

    [BrowserTheory]
    [MemberData(nameof(SingleFilters))]
    public async Task OneFilter_ShowsExactlyTheMatchingExercises(string filter, string value)
    {
        var expected = Expected((filter, value));

        var (visible, status) = await Filter((filter, value));

        Assert.Equal(expected, visible);
        Assert.StartsWith(expected.Count == 0 ? "No exercise matches" : $"Showing {expected.Count} of", status, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task SeveralFilters_ShowOnlyWhatMatchesAllOfThem()
    {
        var expected = Expected(("target", "lower-back"), ("position", "lying"), ("difficulty", "easy"));

        var (visible, _) = await Filter(("target", "lower-back"), ("position", "lying"), ("difficulty", "easy"));

        Assert.Equal(expected, visible);
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < Expected(("target", "lower-back")).Count);
    }

    [BrowserFact]
    public async Task ResettingTheFilters_ShowsEveryExerciseAgain_AndEmptyGroupsHideWhileFiltered()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "exercises", "index.html")));
        var all = await page.Locator("main .group .item").CountAsync();

        await page.SelectOptionAsync("select[data-filter=equipment]", "towel");
        var groupsWhileFiltered = await page.EvalOnSelectorAllAsync<int>("main .group", "gs => gs.filter(g => g.offsetParent !== null).length");
        await page.ClickAsync("button[type=reset]");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-filter-status]').textContent === ''");
        var visibleAfterReset = await page.EvalOnSelectorAllAsync<int>("main .group .item", "items => items.filter(i => i.offsetParent !== null).length");

        var groupsWithTowel = guide.Html("exercises/index.html").QuerySelectorAll("main .group").Count(g => g.QuerySelector(".item[data-equipment~=towel]") is not null);
        Assert.Equal(groupsWithTowel, groupsWhileFiltered);
        Assert.True(groupsWhileFiltered < guide.Html("exercises/index.html").QuerySelectorAll("main .group").Length);
        Assert.Equal(all, visibleAfterReset);
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task AFilterInTheAddress_IsAppliedOnOpening()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(guide.OutputDirectory, "exercises", "index.html")) + "?position=seated");

        var visible = await page.EvalOnSelectorAllAsync<string[]>("main .group .item", "items => items.filter(i => i.offsetParent !== null).map(i => i.dataset.slug)");

        Assert.Equal(Expected(("position", "seated")), visible.Order(StringComparer.Ordinal));
        await page.Context.CloseAsync();
    }
}
