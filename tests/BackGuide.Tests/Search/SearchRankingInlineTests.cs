using System.Text.Json;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

/// <summary>
/// The ranking rules on a small guide that is not about backs, in Chromium from file://: its own warning signs, its own
/// movement to avoid, and pages built so that only the rule under test can put the expected page first.
/// </summary>
public sealed class SearchRankingInlineTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private const string Reminder = "Stop if you feel dizziness or your arm goes numb.";

    private readonly TestSite _site = Guide();

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// A neck-care guide. Its warning page lists "sudden dizziness"; three exercises repeat a reminder that mentions
    /// dizziness, and "Dizzy spells" has it in its title; "Neck crack" is to be avoided in favour of "Neck turns".
    /// </summary>
    private static TestSite Guide()
    {
        var site = new TestSite()
            .WithPage("index.md", "title: Neck guide")
            .WithPage("guide/get-help.md", "title: Get help\nwarningSigns: [sudden dizziness, arm going numb, fainting]", "Call a doctor now if any of these happen.\n")
            .WithPage("guide/dizzy-spells.md", "title: Dizzy spells and dizziness", "Dizziness after a long day at a desk is common. Dizziness passes.\n")
            .WithExercise("neck-turns", "Neck turns", "", $"Turn your head slowly.\n\n{Reminder}\n")
            .WithExercise("shoulder-shrugs", "Shoulder shrugs", "", $"Shoulder shrugs ease a stiff shoulder and a shoulder that aches, and the neck.\n\n{Reminder}\n")
            .WithExercise("chin-tucks", "Chin tucks", "", $"Tuck your chin in.\n\n{Reminder}\n")
            .WithExercise("neck-crack", "Neck crack", "avoid:\n  reason: Forcing the neck to crack strains its joints.\n  instead: [neck-turns]", "Twisting the neck hard until it cracks, a neck crack.\n")
            .WithPage("guide/gentle.md", "title: Gentle movements", "A calm shoulder, a relaxed neck and a slow turn.\n")
            .WithPage("guide/loosening.md", "title: Loosening up", "Loosening the arm.\n")
            .WithPage("guide/circles.md", "title: Circles for the arm\nsummary: Draw circles with the whole arm.", "Circles, circles.\n");
        for (var i = 0; i < 8; i++)
        {
            site.WithPage($"notes/note-{i}.md", $"title: Note {i}", "Plain words about posture and screens.\n");
        }
        return site.WithPage("guide/arm-circles.md", "title: Warming up\nsummary: Arm circles warm the shoulder.", "Arm work.\n");
    }

    [BrowserTheory]
    [InlineData("dizziness", "guide/get-help.html")] // a telling word of a sign, though another page has it in its title
    [InlineData("fainting", "guide/get-help.html")] // a whole sign
    [InlineData("dizzyness", "guide/get-help.html")] // misspelt
    [InlineData("neck", "exercises/neck-turns.html")] // the movement to avoid matches best, but comes after pages to do
    [InlineData("neck crack", "exercises/neck-crack.html")] // named: it ranks as any page
    [InlineData("shoulder neck turn", "guide/gentle.html")] // all three words, weakly, before two of them strongly
    [InlineData("arm circles", "guide/arm-circles.html")] // the phrase before the words scattered
    public async Task TheFirstResult_IsTheOneTheRuleChooses(string query, string expected)
    {
        var results = await SearchAsync(query);

        Assert.True(results.FirstOrDefault().Url == expected, $"'{query}' gave: {string.Join(", ", results.Select(r => r.Url))}");
    }

    [BrowserFact]
    public async Task AMovementToAvoid_ComesAfterEveryPageToDo_MarkedWithWhatToDoInstead()
    {
        var results = await SearchAsync("neck");

        var crack = results.FindIndex(r => r.Url == "exercises/neck-crack.html");
        Assert.True(crack > 0, string.Join(", ", results.Select(r => r.Url)));
        Assert.All(results[..crack], r => Assert.False(r.Avoid, r.Url));
        Assert.True(results[crack].Avoid);
        Assert.Equal("""[{"title":"Neck turns","url":"exercises/neck-turns.html"}]""", results[crack].Instead);
    }

    [BrowserFact]
    public async Task ALineThatThreePagesRepeat_DoesNotRankThem()
    {
        var results = await SearchAsync("numb");

        Assert.Equal("guide/get-help.html", results[0].Url);
        Assert.DoesNotContain(results, r => r.Url.StartsWith("exercises/", StringComparison.Ordinal));
    }

    private async Task<List<Result>> SearchAsync(string query)
    {
        Assert.True(_site.Build().Succeeded);
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, "index.html")));
        var json = await page.EvaluateAsync<string>("q => BackGuideSearch.search(q).then(r => JSON.stringify(r))", query);
        await page.Context.CloseAsync();
        return JsonDocument.Parse(json).RootElement.EnumerateArray().Select(r => new Result(
            r.GetProperty("url").GetString()!,
            r.TryGetProperty("avoid", out var avoid) && avoid.GetBoolean(),
            r.TryGetProperty("instead", out var instead) ? instead.GetRawText() : null)).ToList();
    }

    private readonly record struct Result(string Url, bool Avoid, string? Instead);
}
