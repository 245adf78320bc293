using System.Text;
using System.Text.RegularExpressions;
using BackGuide.Cli.Preview;
using BackGuide.Pipeline;
using BackGuide.Tests.Support;
using BackGuide.Tests.Workflow;

namespace BackGuide.Tests.Preview;

/// <summary>
/// After each kind of edit, the preview serves exactly what <c>backguide build</c> writes for the same input, file for
/// file and byte for byte (less the reload script it adds to each page): an edit to one page's text, which the preview
/// shows by re-rendering that page alone, and the edits that change what other pages show.
/// </summary>
public sealed class PreviewMatchesBuildTests : IAsyncLifetime, IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home", "Welcome. Start with [the bridge](exercises/bridge.md#how).\n")
        .WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips.\n\n## Why\n\nStrong hips help the back.\n")
        .WithExercise("cat-cow", "Cat-cow", body: "Round and arch the back. Then [the bridge](bridge.md).\n")
        .WithExercise("dead-bug", "Dead bug", body: "Arms and legs up.\n")
        .WithPage("self-care/walking.md", "title: Walking\nsummary: Short walks help.\ntopics: [movement]", "Walk a little, often.\n\nSee [sleep](sleep.md).\n")
        .WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]", "## Pillows\n\nOne pillow under the knees.\n")
        .WithPage("guide/start.md", "title: Start here\nsummary: How to use the guide.", "Read [walking](../self-care/walking.md) first.\n\n## Plan\n\nA little every day.\n")
        .WithPage("guide/later.md", "title: Later on", "Keep going. Back to [the start](start.md#plan).\n");

    private PreviewHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await PreviewHost.StartAsync(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory }, port: 0, quiet: true);
        _client = new HttpClient { BaseAddress = _host.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _site.Dispose();
    }

    public void Dispose() => _client?.Dispose();

    [Fact]
    public async Task EditingOnePagesText_RendersThatPageAlone_AndServesWhatTheBuildWrites()
    {
        var alone = _host.Site.PagesRenderedAlone;

        await EditAsync(() => _site.WithPage("guide/start.md", "title: Start here\nsummary: How to use the guide.",
            "Read [walking](../self-care/walking.md) first, then rest.\n\n## Plan\n\nA little every day, and *more* on good days.\n"));
        await EditAsync(() => _site.WithExercise("bridge", "Bridge", body: "## How\n\nLift the hips slowly.\n\n## Why\n\nStrong hips help the back.\n\nA new paragraph.\n"));

        Assert.Equal(alone + 2, _host.Site.PagesRenderedAlone);
        Assert.Contains("slowly", await _client.GetStringAsync("print.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task RetitlingAPage_ShowsTheNewTitleOnOtherPages_AsTheBuildDoes()
    {
        await EditAsync(() => _site.WithPage("guide/later.md", "title: Much later", "Keep going. Back to [the start](start.md#plan).\n"));

        Assert.Contains("Much later", await _client.GetStringAsync("guide/index.html"), StringComparison.Ordinal);
        Assert.Contains("Much later", await _client.GetStringAsync("guide/start.html"), StringComparison.Ordinal); // its next-page link
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task EditingAHeadingAnotherPageLinksTo_BuildsTheSite_AsTheBuildDoes()
    {
        var alone = _host.Site.PagesRenderedAlone;

        await EditAsync(() => _site.WithPage("self-care/sleep.md", "title: Sleep\nsummary: Rest well.\ntopics: [rest]", "## Pillows and mattresses\n\nOne pillow under the knees.\n"));

        Assert.Equal(alone, _host.Site.PagesRenderedAlone);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task ANewPage_IsListed_AsTheBuildDoes()
    {
        await EditAsync(() => _site.WithPage("guide/middle.md", "title: In the middle\nsummary: Between the start and later.", "Halfway there.\n"));

        Assert.Contains("In the middle", await _client.GetStringAsync("guide/index.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    [Fact]
    public async Task ADeletedPage_IsGoneFromEveryPage_AsTheBuildDoes()
    {
        await EditAsync(() => File.Delete(Path.Combine(_site.InputDirectory, "exercises", "dead-bug.md")));

        Assert.DoesNotContain("Dead bug", await _client.GetStringAsync("exercises/index.html"), StringComparison.Ordinal);
        await AssertServedAsBuiltAsync();
    }

    /// <summary>Makes the change and waits until the preview serves a new build.</summary>
    private async Task EditAsync(Action change)
    {
        var before = _host.Site.Current.Version;
        change();
        await Eventually.TrueAsync(() => _host.Site.Current.Version > before && _host.Site.Current.Problems.Count == 0, "the preview serving the edit");
    }

    /// <summary>Builds the input with <c>build</c> and compares every file it wrote with what the preview serves.</summary>
    private async Task AssertServedAsBuiltAsync()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var built = Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_site.OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith('.')) // the build's mark that the folder is its output
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(built, _host.Site.Current.Site.Paths.Order(StringComparer.Ordinal));
        foreach (var path in built)
        {
            var served = await _client.GetByteArrayAsync(path);
            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                served = Encoding.UTF8.GetBytes(ReloadScriptTag().Replace(Encoding.UTF8.GetString(served), "", 1));
            }
            Assert.True(served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.OutputDirectory, path))), $"{path} as served differs from the build's");
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
