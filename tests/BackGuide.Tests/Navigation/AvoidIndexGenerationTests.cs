using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>The avoid index is made from front matter on every build: a small inline site, changed between builds.</summary>
public sealed class AvoidIndexGenerationTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithExercise("hamstring-stretch", "Hamstring stretch")
        .WithExercise("partial-crunch", "Partial crunch")
        .WithPage("exercises/toe-touches.md", """
            title: Toe touches
            summary: Bending to your toes strains the back.
            targets: [hamstrings]
            position: standing
            avoid:
              reason: It overstretches the lower back.
              instead: [hamstring-stretch]
            """);

    public void Dispose() => _site.Dispose();

    private List<string> Entries() => _site.Html("avoid.html").QuerySelectorAll("[data-avoid]").Select(e => e.GetAttribute("data-avoid")!).ToList();

    [Fact]
    public void ANewPageWithAvoid_AppearsInTheIndex_OnTheNextBuild()
    {
        Assert.True(_site.Build().Succeeded);
        Assert.Equal(["toe-touches"], Entries());

        _site.WithPage("exercises/sit-ups.md", """
            title: Full sit-ups
            summary: Sitting all the way up strains the back.
            targets: [abdominals]
            position: lying
            avoid:
              reason: It pulls hard on the lower back.
              instead: [partial-crunch]
            """);
        var second = _site.Build();

        Assert.True(second.Succeeded, string.Join('\n', second.Diagnostics));
        Assert.Equal(["sit-ups", "toe-touches"], Entries().Order(StringComparer.Ordinal));
        Assert.Equal("partial-crunch.html", _site.Html("avoid.html").QuerySelector("[data-avoid=sit-ups] [data-instead]")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.NotNull(_site.Html("exercises/partial-crunch.html").QuerySelector("[data-replaces] a[href='../avoid.html']"));
    }

    [Fact]
    public void ASiteWithNothingToAvoid_HasNoAvoidIndex_AndNoLinkToOne()
    {
        using var site = new TestSite().WithPage("index.md", "title: Home").WithExercise("bird-dog", "Bird dog");

        Assert.True(site.Build().Succeeded);
        Assert.False(site.Exists("avoid.html"));
        Assert.Null(site.Html("index.html").QuerySelector("a[href$='avoid.html']"));
    }
}
