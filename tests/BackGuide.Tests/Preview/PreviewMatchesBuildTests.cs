using System.Text;
using System.Text.RegularExpressions;
using BackGuide.Cli.Preview;
using BackGuide.Tests.Support;
using BackGuide.Tests.Workflow;

namespace BackGuide.Tests.Preview;

/// <summary>
/// After each kind of edit, the preview serves exactly what <c>backguide build</c> writes for the same input, file for
/// file and byte for byte (less the reload script it adds to each page): an edit to one page's text, which the preview
/// shows by re-rendering that page alone, and the edits that change what other pages show.
/// </summary>
public sealed class PreviewMatchesBuildTests() : PreviewSession(NewSite())
{
    private static TestSite NewSite() => new TestSite()
        .WithPage("index.md", "title: Home", "Welcome. Start with [the bridge](exercises/bridge.md#how).\n")
        .WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips.\n\n## Why\n\nStrong hips help the back.\n")
        .WithExercise("cat-cow", "Cat-cow", body: "Round and arch the back. Then [the bridge](bridge.md).\n")
        .WithExercise("dead-bug", "Dead bug", body: "Arms and legs up.\n")
        .WithPage("self-care/walking.md", "title: Walking\nsummary: Short walks help.\ntopics: [movement]", "Walk a little, often.\n\nSee [sleep](sleep.md).\n")
        .WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]", "## Pillows\n\nOne pillow under the knees.\n")
        .WithPage("guide/start.md", "title: Start here\nsummary: How to use the guide.", "Read [walking](../self-care/walking.md) first.\n\n## Plan\n\nA little every day.\n")
        .WithPage("guide/later.md", "title: Later on", "Keep going. Back to [the start](start.md#plan).\n");

    [Fact]
    public async Task EditingOnePagesText_RendersThatPageAlone_AndServesWhatTheBuildWrites()
    {
        var alone = Host.Site.PagesRenderedAlone;

        await EditAsync(() => Site.WithPage("guide/start.md", "title: Start here\nsummary: How to use the guide.",
            "Read [walking](../self-care/walking.md) first, then rest.\n\n## Plan\n\nA little every day, and *more* on good days.\n"));
        await EditAsync(() => Site.WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips slowly.\n\n## Why\n\nStrong hips help the back.\n\nA new paragraph.\n"));

        Assert.Equal(alone + 2, Host.Site.PagesRenderedAlone);
        Assert.Contains("slowly", await Client.GetStringAsync("print.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task RetitlingAPage_ShowsTheNewTitleOnOtherPages_AsTheBuildDoes()
    {
        await EditAsync(() => Site.WithPage("guide/later.md", "title: Much later", "Keep going. Back to [the start](start.md#plan).\n"));

        Assert.Contains("Much later", await Client.GetStringAsync("guide/index.html"), StringComparison.Ordinal);
        Assert.Contains("Much later", await Client.GetStringAsync("guide/start.html"), StringComparison.Ordinal); // its next-page link
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task EditingAHeadingAnotherPageLinksTo_BuildsTheSite_AsTheBuildDoes()
    {
        var alone = Host.Site.PagesRenderedAlone;

        await EditAsync(() => Site.WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]", "## Pillows and mattresses\n\nOne pillow under the knees.\n"));

        Assert.Equal(alone, Host.Site.PagesRenderedAlone);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task ANewPage_IsListed_AsTheBuildDoes()
    {
        await EditAsync(() => Site.WithPage("guide/middle.md", "title: In the middle\nsummary: Between the start and later.", "Halfway there.\n"));

        Assert.Contains("In the middle", await Client.GetStringAsync("guide/index.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task ADeletedPage_IsGoneFromEveryPage_AsTheBuildDoes()
    {
        await EditAsync(() => File.Delete(Path.Combine(Site.InputDirectory, "exercises", "dead-bug.md")));

        Assert.DoesNotContain("Dead bug", await Client.GetStringAsync("exercises/index.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    /// <summary>Makes the change and waits until the preview serves a new build.</summary>
    private async Task EditAsync(Action change)
    {
        var before = Host.Site.Current.Version;
        change();
        await Eventually.TrueAsync(() => Host.Site.Current.Version > before && Host.Site.Current.Problems.Count == 0, "the preview serving the edit");
    }

    /// <summary>Builds the input with <c>build</c> and compares every file it wrote with what the preview serves.</summary>
    private async Task AssertServedAsBuiltAsync()
    {
        var result = Site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var built = Directory.EnumerateFiles(Site.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Site.OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith('.')) // the build's mark that the folder is its output
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(built, Host.Site.Current.Site.Paths.Order(StringComparer.Ordinal));
        foreach (var path in built)
        {
            var served = await Client.GetByteArrayAsync(path);
            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                served = Encoding.UTF8.GetBytes(ReloadScriptTag().Replace(Encoding.UTF8.GetString(served), "", 1));
            }
            Assert.True(served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Site.OutputDirectory, path))), $"{path} as served differs from the build's");
        }
    }

    /// <summary>The preview's reload script as it is served, with any build number (where the scripts of builds 1 and 2 differ).</summary>
    private static Regex ReloadScriptTag()
    {
        var (one, two) = (ReloadScript.Html(1), ReloadScript.Html(2));
        var at = one.Zip(two).TakeWhile(pair => pair.First == pair.Second).Count();
        return new Regex(Regex.Escape(one[..at]) + @"\d+" + Regex.Escape(one[(at + 1)..]), RegexOptions.CultureInvariant);
    }
}
