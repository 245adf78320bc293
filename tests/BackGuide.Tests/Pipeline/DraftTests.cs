using BackGuide.Pipeline;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>A page marked <c>draft: true</c> is not published: not built, listed, searched, printed or carded, unless asked for.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", "title: T\nbaseUrl: https://example.org/guide/\n")
        .WithPage("index.md", "title: Home")
        .WithPage("notes/ready.md", "title: Ready", "Published text.")
        .WithPage("notes/unfinished.md", "title: Unfinished thoughts\ndraft: true", "Zanzibar draft text.")
        .WithExercise("knee-bend", "Knee bend")
        .WithExercise("half-done", "Half done", "draft: true");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void ADraft_IsLeftOutOfEveryPartOfTheSite()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(_site.Exists("notes/unfinished.html"));
        Assert.False(_site.Exists("exercises/half-done.html"));
        Assert.False(_site.Exists("cards/half-done.html"));
        foreach (var file in Directory.EnumerateFiles(_site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Unfinished thoughts", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Half done", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Zanzibar", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(_site.Exists("sitemap.xml"));
    }

    [Fact]
    public void WithDrafts_TheDraftIsBuilt_AndMarkedAsADraft()
    {
        var result = new SiteBuilder(new BuildOptions { InputDirectory = _site.InputDirectory, OutputDirectory = _site.OutputDirectory, IncludeDrafts = true }).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.NotNull(_site.Html("notes/unfinished.html").QuerySelector("[data-draft]"));
        Assert.Null(_site.Html("notes/ready.html").QuerySelector("[data-draft]"));
        Assert.True(_site.Exists("cards/half-done.html"));
    }

    [Fact]
    public void TheCommandLine_BuildsDraftsOnlyWhenAskedFor()
    {
        var without = CliRunner.Invoke(_site.Root, "build");
        var published = _site.Exists("notes/unfinished.html");
        var with = CliRunner.Invoke(_site.Root, "build", "--drafts");

        Assert.Equal(0, without.ExitCode);
        Assert.False(published);
        Assert.Equal(0, with.ExitCode);
        Assert.True(_site.Exists("notes/unfinished.html"));
    }
}
