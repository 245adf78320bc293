using BackGuide.Tests.Support;

namespace BackGuide.Tests.Cards;

/// <summary>The cards of the shipped guide, as the HTML a reader prints.</summary>
public sealed class CardPagesTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private List<string> ExerciseSlugs =>
        Directory.EnumerateFiles(Path.Combine(guide.OutputDirectory, "exercises"), "*.html")
            .Select(Path.GetFileNameWithoutExtension).Where(s => s != "index").Select(s => s!).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void EveryExercise_HasOneCardPage_WhoseCardCarriesItsSlug()
    {
        foreach (var slug in ExerciseSlugs)
        {
            var cards = guide.Html($"cards/{slug}.html").QuerySelectorAll("[data-card]");
            Assert.Equal(slug, Assert.Single(cards).GetAttribute("data-card"));
        }
    }

    [Fact]
    public void ACard_ShowsNamePositionEquipmentStepsDoseCautionsStopRuleSiteAndAddress()
    {
        var card = guide.Html("cards/hamstring-stretch.html").QuerySelector("[data-card]")!;
        var text = card.TextContent;

        Assert.Contains("Hamstring stretch with a towel", card.QuerySelector("h1, h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lying", text, StringComparison.Ordinal);
        Assert.Contains("towel", text, StringComparison.Ordinal);
        Assert.Equal(5, card.QuerySelectorAll("ol > li").Length);
        Assert.Contains("15–30 seconds", text, StringComparison.Ordinal);
        Assert.Contains("2–4", text, StringComparison.Ordinal);
        Assert.Contains("tingling", text, StringComparison.Ordinal);
        Assert.Contains("30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Back Care Guide", text, StringComparison.Ordinal);
        Assert.Contains("exercises/hamstring-stretch.html", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACardOfAMovementToAvoid_ReadsAvoid_DoThisInstead()
    {
        var card = guide.Html("cards/standing-toe-touches.html").QuerySelector("[data-card]")!;

        Assert.Contains("Avoid", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("instead", card.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(card.QuerySelectorAll("a"), a => a.TextContent.Contains("Hamstring stretch", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCardSheet_HoldsEveryCard_InTheOrderOfTheExercisesIndex()
    {
        var indexOrder = guide.Html("exercises/index.html").QuerySelectorAll("main .group .item[data-slug]").Select(li => li.GetAttribute("data-slug")).ToList();
        var sheetOrder = guide.Html("cards/index.html").QuerySelectorAll("[data-card]").Select(c => c.GetAttribute("data-card")).ToList();

        Assert.Equal(ExerciseSlugs.Count, sheetOrder.Count);
        Assert.Equal(indexOrder, sheetOrder);
    }

    [Fact]
    public void ThePrintDocument_HoldsEveryPage_WithInDocumentLinks()
    {
        var print = guide.Html("print.html");
        var ids = print.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var internalLinks = print.QuerySelectorAll("main a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();

        Assert.Contains(print.QuerySelectorAll("h1, h2"), h => h.TextContent.Contains("Bird dog", StringComparison.Ordinal));
        Assert.Contains(print.QuerySelectorAll("h1, h2"), h => h.TextContent.Contains("Hot and cold", StringComparison.Ordinal));
        Assert.Contains(print.QuerySelectorAll("h1, h2"), h => h.TextContent.Contains("Safety first", StringComparison.Ordinal));
        Assert.True(internalLinks.Count > 40);
        Assert.All(internalLinks, id => Assert.Contains(id, ids));
        // Links to pages inside the document are anchors; only generated pages it does not hold (facets, cards) stay files.
        var pagesInDocument = ExerciseSlugs.Select(s => $"exercises/{s}.html").ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(print.QuerySelectorAll("main a[href]"), a => pagesInDocument.Contains(a.GetAttribute("href")!.Split('#')[0]));
    }
}
