using BackGuide.Tests.Support;
using BackGuide.Tests.Templates;
using Microsoft.Playwright;

namespace BackGuide.Tests.Browser;

/// <summary>The browser scripts speak the guide's language: a French guide, opened from disk, shows their messages in French.</summary>
public sealed class FrenchScriptStringsTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly TestSite _site = FrenchGuide.Create();

    public void Dispose() => _site.Dispose();

    [BrowserFact]
    public async Task ASearchWithNoResults_SaysSoInFrench()
    {
        var page = await OpenAsync("search.html", "?q=zzqqxx");

        var status = page.Locator("[data-search-page-status]");
        await Assertions.Expect(status).ToHaveTextAsync("Aucune fiche ne correspond à « zzqqxx ».");
    }

    [BrowserFact]
    public async Task AMisspeltSearch_SaysWhatWasSearched_InFrench()
    {
        var page = await OpenAsync("search.html", "?q=flexoin");

        await page.Locator("[data-search-page-results] .search-result").First.WaitForAsync();
        var status = page.Locator("[data-search-page-status]");
        Assert.Matches("^Résultats pour flexion \\(vous avez tapé « flexoin »\\) : \\d+ fiches? correspond(ent)?\\.$", await status.TextContentAsync());
        Assert.Equal("flexion", await status.Locator("em").TextContentAsync());
        var avoided = page.Locator(".search-result--avoid .search-result__avoid");
        Assert.StartsWith("Mouvement à éviter. Faites plutôt : Flexion du genou", await avoided.TextContentAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task TheSearchBox_MarksAMovementToAvoid_AndCountsInFrench()
    {
        var page = await OpenAsync("index.html");

        await page.FillAsync("#search-q", "squat");
        var avoided = page.Locator("#search-q-results .search-box__avoid");
        await avoided.WaitForAsync();
        Assert.Equal("Mouvement à éviter.", await avoided.TextContentAsync());
        Assert.Equal("Faites plutôt : Flexion du genou", await page.Locator("#search-q-results .search-box__option--instead a").TextContentAsync());
        Assert.Matches("^Les \\d+ résultats pour « squat »$", await page.Locator(".search-box__all a").TextContentAsync());
        Assert.Matches("^\\d+ résultats?\\. Choisissez avec les flèches haut et bas\\.$", await page.Locator("[data-search-status]").TextContentAsync());
    }

    [BrowserFact]
    public async Task TheRoutine_ButtonsAndCount_AreInFrench()
    {
        var page = await OpenAsync("exercises/index.html");
        var first = page.Locator("[data-routine-add=flexion]");
        var count = page.Locator("[data-routine-count]");

        await Assertions.Expect(first).ToHaveTextAsync("Ajouter à mon programme");
        await first.ClickAsync();
        await Assertions.Expect(first).ToHaveTextAsync("Dans mon programme (retirer)");
        await Assertions.Expect(count).ToHaveTextAsync("Mon programme : 1 exercice");
        await page.Locator("[data-routine-add=extension]").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("Mon programme : 2 exercices");
        await page.Locator("[data-routine-clear]").ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("Votre programme est vidé.");
    }

    [BrowserFact]
    public async Task FiltersThatNothingMatches_SaySoInFrench()
    {
        var page = await OpenAsync("exercises/index.html", "?position=seated&difficulty=moderate");

        await Assertions.Expect(page.Locator("[data-filter-status]"))
            .ToHaveTextAsync("Aucun exercice ne remplit tous ces choix. Remettez l'un d'eux sur « Tous ».");
        await page.SelectOptionAsync("select[data-filter=difficulty]", "");
        await Assertions.Expect(page.Locator("[data-filter-status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1 sur \\d+\\.$"));
    }

    [BrowserFact]
    public async Task AnUnknownCard_IsNamedInFrench_WithTheNearestOne()
    {
        var page = await OpenAsync("cards/index.html", "?only=flexoin");

        await Assertions.Expect(page.Locator("[data-only-unknown]"))
            .ToHaveTextAsync("Aucune fiche ne s'appelle « flexoin » (vouliez-vous dire « flexion » ?). Toutes les fiches sont montrées.");
    }

    private async Task<IPage> OpenAsync(string path, string query = "")
    {
        Assert.True(_site.Build().Succeeded);
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(_site.OutputDirectory, path)) + query);
        return page;
    }
}
