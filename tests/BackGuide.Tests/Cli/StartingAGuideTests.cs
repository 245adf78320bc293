using BackGuide.Tests.Navigation;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Cli;

/// <summary><c>backguide init</c> and <c>backguide new</c>, run as a user runs them, and the guide they give built for real.</summary>
public sealed class StartingAGuideTests : IDisposable
{
    private readonly TestSite _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Guide => Path.Combine(_folder.Root, "knee-guide");

    [Fact]
    public void InitThenBuild_GivesASiteWithNoWarningAndNoBrokenLink()
    {
        var init = CliRunner.Invoke(_folder.Root, "init", "knee-guide", "--title", "Knee care");
        var build = CliRunner.Invoke(Guide, "build");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.StandardError);
        Assert.Matches(@"^Built \d+ pages in \d+\.\d\d s\.$", build.StandardOutput.Trim());
        foreach (var file in new[] { "input/site.yml", "input/index.md", "input/exercises/example-exercise.md", "input/self-care/example-self-care-page.md", "input/about-this-guide.md", ".gitignore", ".github/workflows/site.yml" })
        {
            Assert.True(File.Exists(Path.Combine(Guide, file)), file);
        }
        var output = Path.Combine(Guide, "output");
        Assert.Empty(new LinkGraph(output).BrokenReferences());
        var menu = new LinkGraph(output).Page("index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent);
        Assert.Contains("About this guide", menu);
        Assert.Contains("output/", File.ReadAllLines(Path.Combine(Guide, ".gitignore")));
    }

    [Fact]
    public void InitsSettings_ExplainEveryKey()
    {
        CliRunner.Invoke(_folder.Root, "init", "knee-guide");

        var settings = File.ReadAllText(Path.Combine(Guide, "input", "site.yml"));

        foreach (var key in BackGuide.FrontMatter.FrontMatterSchema.Site)
        {
            Assert.Matches($"(?m)^(# )?{key.Name}:", settings);
        }
    }

    [Fact]
    public void InitsWorkflow_BuildsTheGuide_AndDeploysOutputToPagesFromMain()
    {
        CliRunner.Invoke(_folder.Root, "init", "knee-guide");

        var workflow = File.ReadAllText(Path.Combine(Guide, ".github", "workflows", "site.yml"));

        Assert.Contains("branches: [main]", workflow, StringComparison.Ordinal);
        Assert.Contains("actions/setup-dotnet", workflow, StringComparison.Ordinal);
        Assert.Contains("run: backguide build", workflow, StringComparison.Ordinal);
        Assert.Contains("path: output", workflow, StringComparison.Ordinal);
        Assert.Contains("actions/deploy-pages", workflow, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_RefusesAFolderThatIsNotEmpty_UnlessForced_AndNeverOverwrites()
    {
        _folder.With("knee-guide/input/index.md", "---\ntitle: Mine\n---\n");

        var refused = CliRunner.Invoke(_folder.Root, "init", "knee-guide");
        var wroteNothing = !File.Exists(Path.Combine(Guide, "input", "site.yml"));
        var forced = CliRunner.Invoke(_folder.Root, "init", "knee-guide", "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("--force", refused.StandardError, StringComparison.Ordinal);
        Assert.True(wroteNothing);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("---\ntitle: Mine\n---\n", File.ReadAllText(Path.Combine(Guide, "input", "index.md")));
        Assert.True(File.Exists(Path.Combine(Guide, "input", "site.yml")));
    }

    [Fact]
    public void NewPage_WritesATopLevelPage_OrOneInASection_ThatBuildIntoTheMenu()
    {
        CliRunner.Invoke(_folder.Root, "init", "knee-guide");

        var about = CliRunner.Invoke(Guide, "new", "page", "Contact us");
        var note = CliRunner.Invoke(Guide, "new", "page", "First visit", "--section", "notes");
        var build = CliRunner.Invoke(Guide, "build");

        Assert.Equal(0, about.ExitCode);
        Assert.Equal(0, note.ExitCode);
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.StandardError);
        Assert.True(File.Exists(Path.Combine(Guide, "input", "contact-us.md")));
        Assert.True(File.Exists(Path.Combine(Guide, "input", "notes", "first-visit.md")));
        var graph = new LinkGraph(Path.Combine(Guide, "output"));
        var menu = graph.Page("index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();
        Assert.Contains("Contact us", menu);
        Assert.Contains("Notes", menu);
        Assert.Empty(graph.BrokenReferences());
    }

    [Theory]
    [InlineData("exercise")]
    [InlineData("self-care")]
    [InlineData("page")]
    public void NewAndInit_WriteNoBackCareWording(string kind)
    {
        CliRunner.Invoke(_folder.Root, "init", "knee-guide");
        CliRunner.Invoke(Guide, "new", kind, "Knee circles");

        foreach (var file in Directory.EnumerateFiles(Guide, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (var word in new[] { "back pain", "spine", "lower back", "sciatica", "lumbar", "pelvic", "bird dog" })
            {
                Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"{file} says '{word}'");
            }
        }
    }

    [Fact]
    public void NewWithAnAccentedTitle_GivesAnAccentFreeFileName()
    {
        var run = CliRunner.Invoke(_folder.Root, "new", "exercise", "Étirement du genou");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder.Root, "input", "exercises", "etirement-du-genou.md")));
    }

    [Fact]
    public void NewWithATitleInAnotherScript_AsksForASlug_AndTakesOne()
    {
        var refused = CliRunner.Invoke(_folder.Root, "new", "page", "Колено");
        var written = CliRunner.Invoke(_folder.Root, "new", "page", "Колено", "--slug", "koleno");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--slug", refused.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("no letters", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("title: Колено", File.ReadAllText(Path.Combine(_folder.Root, "input", "koleno.md")), StringComparison.Ordinal);
    }
}
