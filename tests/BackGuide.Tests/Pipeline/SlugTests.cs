using BackGuide.Content;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>Slugs from titles and file names in any language.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("Étirement du genou", "etirement-du-genou")]
    [InlineData("Kniebeuge für Ältere", "kniebeuge-fur-altere")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ćwiczenie łokcia", "cwiczenie-lokcia")]
    [InlineData("Child's pose", "child-s-pose")]
    [InlineData("Колено", "")]
    public void Slugify_DropsAccents_AndSpellsOutLatinLetters(string title, string slug) =>
        Assert.Equal(slug, PagePaths.Slugify(title));

    [Fact]
    public void AnAccentedFileName_BuildsToAnAccentFreeAddress_ThatLinksResolveTo()
    {
        using var site = new TestSite()
            .WithPage("index.md", "title: Accueil", "[Étirement](<notes/Étirement du genou.md>)")
            .WithPage("notes/Étirement du genou.md", "title: Étirement du genou");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(site.Exists("notes/etirement-du-genou.html"));
        Assert.Equal("notes/etirement-du-genou.html", site.Html("index.html").QuerySelector(".content a")!.GetAttribute("href"));
    }
}
