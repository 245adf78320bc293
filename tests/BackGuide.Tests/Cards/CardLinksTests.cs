using BackGuide.Tests.Support;

namespace BackGuide.Tests.Cards;

/// <summary>Each exercise's own card page is a link away: from the exercise's page, and from its card on the sheet of all cards.</summary>
public sealed class CardLinksTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", "title: Knee care\n")
        .WithPage("index.md", "title: Welcome")
        .WithExercise("knee-bend", "Knee bend")
        .WithExercise("step-down", "Step down", "avoid: { reason: Too much strain., instead: [knee-bend] }");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Slugs() => new() { "knee-bend", "step-down" };

    [Theory]
    [MemberData(nameof(Slugs))]
    public void AnExercisePage_LinksItsCardPage(string slug)
    {
        Assert.True(_site.Build().Succeeded);

        var link = Assert.Single(_site.Html($"exercises/{slug}.html").QuerySelectorAll("a[data-card-page]"));
        Assert.Equal($"../cards/{slug}.html", link.GetAttribute("href"));
        Assert.Equal("this exercise's card", link.TextContent);
        Assert.True(_site.Exists($"cards/{slug}.html"));
    }

    [Fact]
    public void EachCardOnTheSheet_LinksItsOwnCardPage_AndACardPageDoesNotLinkItself()
    {
        Assert.True(_site.Build().Succeeded);

        var cards = _site.Html("cards/index.html").QuerySelectorAll("[data-card]");
        Assert.Equal(2, cards.Length);
        Assert.All(cards, card => Assert.Equal(card.GetAttribute("data-card") + ".html", Assert.Single(card.QuerySelectorAll("a[data-card-page]")).GetAttribute("href")));
        Assert.Empty(_site.Html("cards/knee-bend.html").QuerySelectorAll("[data-card-page]"));
    }

    [Fact]
    public void TheLinksWording_IsASiteString()
    {
        _site.With("input/site.yml", "title: Knee care\nstrings:\n  print_this_card: its card\n  card_print_alone: One card\n");

        Assert.True(_site.Build().Succeeded);

        Assert.Equal("its card", _site.Html("exercises/knee-bend.html").QuerySelector("a[data-card-page]")!.TextContent);
        Assert.All(_site.Html("cards/index.html").QuerySelectorAll("a[data-card-page]"), a => Assert.Equal("One card", a.TextContent));
    }
}
