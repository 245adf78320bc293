using BackGuide.Content;
using BackGuide.FrontMatter;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary><c>backguide new</c>: a page with every field of its kind, in the right folder, that builds as it is.</summary>
public sealed class NewPageTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("index.md", "title: Home");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("exercise", "Dead bug", "input/exercises/dead-bug.md", "exercises/dead-bug.html")]
    [InlineData("self-care", "Walking", "input/self-care/walking.md", "self-care/walking.html")]
    [InlineData("exercise", "Child's pose: supported", "input/exercises/child-s-pose-supported.md", "exercises/child-s-pose-supported.html")]
    public void New_WritesAPageThatBuilds(string kind, string title, string file, string page)
    {
        var run = CliRunner.Invoke(_site.Root, "new", kind, title);
        var build = _site.Build();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Wrote {file}.", run.StandardOutput, StringComparison.Ordinal);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(title, _site.Html(page).QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("exercise", PageKind.Exercise)]
    [InlineData("self-care", PageKind.SelfCare)]
    public void New_NamesEveryFieldOfItsKind_WithItsDescription(string kind, PageKind pageKind)
    {
        CliRunner.Invoke(_site.Root, "new", kind, "Some title");
        var text = File.ReadAllText(Path.Combine(_site.InputDirectory, kind == "exercise" ? "exercises" : "self-care", "some-title.md"));

        foreach (var field in FrontMatterSchema.For(pageKind).SelectMany(f => (f.Children ?? []).Prepend(f)))
        {
            Assert.Matches($@"(?m)^\s*(# )?{field.Name}:", text);
            Assert.Contains("# " + field.Description, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void New_RefusesToOverwrite()
    {
        _site.WithExercise("dead-bug", "Dead bug", body: "My own words.\n");

        var run = CliRunner.Invoke(_site.Root, "new", "exercise", "Dead bug");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/exercises/dead-bug.md already exists", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("My own words.", File.ReadAllText(Path.Combine(_site.InputDirectory, "exercises", "dead-bug.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recipe", "Soup")]
    [InlineData("exercise", "!!!")]
    [InlineData("exercise", "Two\nlines")]
    [InlineData("self-care", "Bell\a")]
    public void New_WithABadKindOrTitle_IsBadUsage(string kind, string title)
    {
        var run = CliRunner.Invoke(_site.Root, "new", kind, title);

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_site.InputDirectory, "exercises")));
    }
}
