using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>A page has one &lt;h1&gt;, its title, however its Markdown starts.</summary>
public sealed class TitleHeadingTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("title: Moving at work", "# Moving at work\n\nStand up often.\n")]
    [InlineData("title: Moving at work", "# moving  at WORK\n\nStand up often.\n")]
    [InlineData(null, "# Moving at work\n\nStand up often.\n")]
    public void ABodyHeadingThatRepeatsTheTitle_IsShownOnce(string? frontMatter, string body)
    {
        _site.With("input/notes/moving.md", frontMatter is null ? body : $"---\n{frontMatter}\n---\n{body}");

        Assert.True(_site.Build().Succeeded);

        var page = _site.Html("notes/moving.html");
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Moving at work", h1.TextContent.Trim());
        Assert.Equal("Stand up often.", page.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public void OtherTopHeadings_BecomeSecondLevel_AndStayInTheContents()
    {
        _site.WithPage("notes/moving.md", "title: Moving at work", "# At your desk\n\nA.\n\n# On the way home\n\nB.\n\n## Walking\n\nC.\n");

        Assert.True(_site.Build().Succeeded);

        var page = _site.Html("notes/moving.html");
        Assert.Equal("Moving at work", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal(["At your desk", "On the way home", "Walking"], page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).Where(t => t != "On this page").ToArray());
    }
}
