using System.Text;
using BackGuide.Pipeline;
using BackGuide.Preview;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary>
/// Preview's rebuilds redo only what a change affects: the edited page's Markdown, and the pages whose model changed
/// with it. Every rebuild must still give exactly the site a fresh build gives.
/// </summary>
public sealed class IncrementalRebuildTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home", "Welcome home. See [the bridge](exercises/bridge.md#how).\n")
        .WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips.\n")
        .WithExercise("cat-cow", "Cat-cow", body: "Round and arch the back. Then [the bridge](bridge.md).\n")
        .WithExercise("dead-bug", "Dead bug", body: "Arms and legs up.\n")
        .WithPage("self-care/walking.md", "title: Walking\nsummary: Short walks help.\ntopics: [movement]", "Walk a little, often.\n");

    private readonly InMemoryBuilder _builder = new();

    public void Dispose() => _site.Dispose();

    private SiteSnapshot Build()
    {
        var (result, site) = _builder.Build(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    /// <summary>What a fresh builder (nothing cached) makes of the input as it is now.</summary>
    private SiteSnapshot Fresh()
    {
        var (result, site) = new InMemoryBuilder().Build(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    [Fact]
    public void AnUnchangedSite_RendersNothingAgain()
    {
        Build();

        Build();

        Assert.Equal(0, _builder.Caches.Markdown.Misses);
        Assert.Equal(0, _builder.Caches.Pages.Rendered);
        Assert.True(_builder.Caches.Pages.Reused > 10, $"{_builder.Caches.Pages.Reused} pages reused");
    }

    [Fact]
    public void ALinkToAnAnchorInRawHtml_StillLeadsThere_WhenThePageComesFromTheCache()
    {
        _site.With("input/site.yml", "title: T\nrawHtml: true\n")
            .WithPage("guide/notes.md", "title: Notes", "<a id=\"kept\"></a>\n\nText.\n\nSee [the bridge](../exercises/bridge.md).\n")
            .WithPage("guide/more.md", "title: More", "Read [the kept note](notes.md#kept).\n");
        Build();

        _site.WithPage("guide/more.md", "title: More", "Read [the kept note](notes.md#kept) again.\n");
        Build(); // notes.md is reused from the cache: its anchors must come with it

        Assert.True(_builder.Caches.Markdown.Misses == 1, $"{_builder.Caches.Markdown.Misses} pages rendered again");
    }

    [Fact]
    public void EditingOnePagesText_RendersThatPage_AndThePagesThatEmbedIt_Only()
    {
        var before = Build();

        _site.WithExercise("dead-bug", "Dead bug", body: "Arms and legs up. Breathe out as you lower.\n");
        var after = Build();

        Assert.Equal(1, _builder.Caches.Markdown.Misses);
        var changed = Changed(before, after);
        Assert.Contains("exercises/dead-bug.html", changed);
        Assert.Contains("search-index.js", changed);
        Assert.Contains("print.html", changed);
        Assert.DoesNotContain("exercises/bridge.html", changed);
        Assert.True(_builder.Caches.Pages.Rendered <= 3, $"{_builder.Caches.Pages.Rendered} pages rendered: {string.Join(", ", changed)}");
        AssertSame(Fresh(), after);
    }

    [Fact]
    public void RetitlingAPage_ReRendersTheListsThatShowIt()
    {
        var before = Build();

        _site.WithExercise("dead-bug", "Dying bug", body: "Arms and legs up.\n");
        var after = Build();

        var changed = Changed(before, after);
        Assert.Contains("exercises/dead-bug.html", changed);
        Assert.Contains("exercises/index.html", changed);
        Assert.Contains("index.html", changed);
        AssertSame(Fresh(), after);
    }

    [Fact]
    public void RemovingAHeadingOtherPagesLinkTo_IsReported_AndRestoringItBuildsAgain()
    {
        Build();

        _site.WithExercise("bridge", "Bridge", body: "Lift the hips.\n");
        var (broken, _) = _builder.Build(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory });
        Assert.Contains(broken.Diagnostics, d => d.Code == "BG0202" && d.File.EndsWith("index.md", StringComparison.Ordinal));

        _site.WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips.\n");
        AssertSame(Fresh(), Build());
    }

    [Fact]
    public void AddingThePageALinkNamed_RendersTheLinkingPageAgain()
    {
        _site.WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]", "See [walking](walking.md).\n");
        Build();
        File.Delete(Path.Combine(_site.InputDirectory, "self-care/walking.md"));
        var (missing, _) = _builder.Build(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory });
        Assert.True(missing.Diagnostics.Any(d => d.Code == "BG0201" && d.File.EndsWith("sleep.md", StringComparison.Ordinal)), string.Join('\n', missing.Diagnostics));

        _site.WithPage("self-care/walking.md", "title: Walking\nsummary: Short walks help.\ntopics: [movement]", "Walk a little, often.\n");
        var after = Build();

        Assert.Contains("href=\"walking.html\"", Text(after, "self-care/sleep.html"), StringComparison.Ordinal);
        AssertSame(Fresh(), after);
    }

    private static string Text(SiteSnapshot site, string path) => Encoding.UTF8.GetString(site.Read(path)!);

    private static List<string> Changed(SiteSnapshot before, SiteSnapshot after) =>
        after.Paths.Where(p => !before.Contains(p) || !before.Read(p)!.AsSpan().SequenceEqual(after.Read(p))).Order(StringComparer.Ordinal).ToList();

    private static void AssertSame(SiteSnapshot expected, SiteSnapshot actual)
    {
        Assert.Equal(expected.Paths.Order(StringComparer.Ordinal), actual.Paths.Order(StringComparer.Ordinal));
        Assert.All(expected.Paths, p => Assert.True(expected.Read(p)!.AsSpan().SequenceEqual(actual.Read(p)), $"{p} differs from a fresh build"));
    }
}
