using BackGuide.Tests.Navigation;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Printing;

/// <summary>Pages at the top of input/ (about.md) are printed too, each a part of its own, where the menu puts them.</summary>
public sealed class TopLevelPagesPrintTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", "title: Knee care\nmenu: [about, guide]\n")
        .WithPage("index.md", "title: Welcome\nsummary: Start here.", "Read [about us](about.md).")
        .WithPage("guide/start.md", "title: Start\nsummary: The first page.", "Then [contact us](../contact.md).")
        .WithPage("about.md", "title: About us", "Who we are.")
        .WithPage("contact.md", "title: Contact", "Where we are.")
        .WithExercise("knee-bend", "Knee bend");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void APageAtTheTopOfTheGuide_IsAPartOfThePrintDocument_InTheMenusOrder()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var print = _site.Html("print.html");
        var parts = print.QuerySelectorAll(".print-part").Select(p => p.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Welcome", "About us", "Guide", "Exercises", "Contact"], parts);
        // The header's menu lists the same, in the same order, after its generated entries' places.
        var menu = _site.Html("index.html").QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")).Take(5).ToList();
        Assert.Equal(["index.html", "about.html", "guide/index.html", "exercises/index.html", "contact.html"], menu);
        Assert.Contains("Who we are.", print.GetElementById("p-about")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Where we are.", print.GetElementById("p-contact")!.TextContent, StringComparison.Ordinal);
        // Links to them are links inside the document now, and the contents list them as parts.
        Assert.NotNull(print.QuerySelector("#p-index a[href='#p-about']"));
        Assert.NotNull(print.QuerySelector("#p-guide\\.start a[href='#p-contact']"));
        Assert.Equal(["Welcome", "About us", "Guide", "Exercises", "Contact"], print.QuerySelectorAll(".print-toc > ol > li > a").Select(a => a.TextContent).ToList());
        Assert.Empty(new LinkGraph(_site.OutputDirectory).BrokenReferences());
    }
}
