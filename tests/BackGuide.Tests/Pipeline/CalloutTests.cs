using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>Markdown containers become callouts labelled in words, and disclosures, with no raw HTML in the page.</summary>
public sealed class CalloutTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("danger", "Call 999 now", "Call 999 now")]
    [InlineData("danger", "", "Get help now")]
    [InlineData("warning", "", "Take care")]
    [InlineData("note", "About <this>", "About <this>")]
    [InlineData("tip", "", "Tip")]
    public void ACallout_HasItsLabelInWords_AndIsANote(string kind, string title, string label)
    {
        _site.WithPage("notes/a.md", "title: A", $":::{kind} {title}\nIf **both** legs go numb.\n:::\n");

        Assert.True(_site.Build().Succeeded);

        var callout = _site.Html("notes/a.html").QuerySelector($"main .callout.callout--{kind}")!;
        Assert.Equal("note", callout.GetAttribute("role"));
        Assert.Equal($"callout callout--{kind}", callout.GetAttribute("class"));
        Assert.Equal(label, callout.QuerySelector(".callout__title")!.TextContent);
        Assert.Equal("both", callout.QuerySelector("p strong")!.TextContent);
    }

    [Fact]
    public void ADetailsContainer_IsADisclosure_ClosedUntilOpened()
    {
        _site.WithPage("notes/a.md", "title: A", ":::details Why this helps\nBecause it does.\n:::\n");

        Assert.True(_site.Build().Succeeded);

        var details = _site.Html("notes/a.html").QuerySelector("main details.disclosure")!;
        Assert.Equal("Why this helps", details.QuerySelector("summary")!.TextContent);
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Because it does.", details.QuerySelector("p")!.TextContent);
    }
}
