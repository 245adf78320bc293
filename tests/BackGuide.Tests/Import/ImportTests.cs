using BackGuide.Tests.Support;

namespace BackGuide.Tests.Import;

/// <summary>
/// <c>backguide import</c> on small sites written the way Hugo, Jekyll and MkDocs document them: the converted folder
/// builds with BackGuide, its pages exist, and what could not be converted is listed at its file and line.
/// </summary>
public sealed class ImportTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AHugoSite_BuildsWithItsSectionPagesAndTitle()
    {
        _site.With("hugo/hugo.toml", """
            baseURL = 'https://example.org/'
            languageCode = 'en-gb'
            title = 'Knee care at home'

            [params]
            author = 'A. Writer'
            """)
            .With("hugo/content/_index.md", """
            +++
            title = 'Welcome'
            description = "Gentle exercises for sore knees."
            +++
            Start with [the guide](guide/first-week.md).
            """)
            .With("hugo/content/guide/_index.md", """
            ---
            title: The guide
            weight: 1
            ---
            Read these pages in order.
            """)
            .With("hugo/content/guide/first-week.md", """
            +++
            title = "Your first week"
            date = 2024-01-05T09:00:00Z
            lastmod = 2024-02-01
            draft = false
            tags = ["walking", "rest"]
            aliases = ["/old/first-week/"]
            +++

            # Your first week

            Walk a little every day.

            {{< figure src="walk.jpg" title="A short walk" >}}
            """);

        var import = CliRunner.Invoke(_site.Root, "import", "hugo", "hugo");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            [
                "hugo/content/guide/first-week.md:7:1: warning BG0404: left out 'aliases': BackGuide writes no redirect pages, so an old address works only if the page keeps it. Name the file after the old address (or set 'slug'), or let your host redirect.",
                "hugo/content/guide/first-week.md:14:1: warning BG0403: the Hugo shortcode 'figure' was left as it is: BackGuide has no shortcodes. Rewrite it in Markdown (a link, a picture, or a ':::note' callout).",
            ],
            Lines(import.StandardError));
        Assert.StartsWith("Imported 3 pages into input/, with 2 warnings.", import.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("title: Knee care at home\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "site.yml")));
        Assert.Contains("updated: 2024-02-01\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "guide", "first-week.md")), StringComparison.Ordinal);
        AssertBuildsCleanly();
        Assert.Equal("Welcome", _site.Html("index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Read these pages in order.", _site.Html("guide/index.html").Body!.TextContent, StringComparison.Ordinal);
        var week = _site.Html("guide/first-week.html");
        Assert.Equal("Your first week", Assert.Single(week.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.NotNull(_site.Html("index.html").QuerySelector("a[href='guide/first-week.html']"));
    }

    [Fact]
    public void AJekyllSite_LosesItsDatePrefixesAndLayouts_AndBuilds()
    {
        _site.With("jekyll/_config.yml", """
            title: Shoulder notes
            description: >-
              Exercises and advice for a stiff shoulder.
            theme: minima
            """)
            .With("jekyll/index.markdown", """
            ---
            layout: home
            title: Shoulder notes
            ---
            Read the [latest post]({% post_url 2024-01-05-pendulum %}).
            """)
            .With("jekyll/about.md", """
            ---
            layout: page
            title: About
            permalink: /about/
            ---
            Written by a physiotherapist.
            """)
            .With("jekyll/_posts/2024-01-05-pendulum.md", """
            ---
            title:  "Pendulum swings"
            categories: [exercises, shoulder]
            ---
            Let the arm hang and swing it gently.
            """)
            .With("jekyll/_layouts/post.html", "<article>{{ content }}</article>\n")
            .With("jekyll/Gemfile", "source \"https://rubygems.org\"\n");

        var import = CliRunner.Invoke(_site.Root, "import", "jekyll", "jekyll");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            [
                "jekyll/about.md:2:1: warning BG0404: left out 'layout': the template is chosen by section (exercises/ and self-care/ have their own, any other folder uses 'page'); to change how pages look, put your own template in input/_theme/templates/.",
                "jekyll/about.md:4:1: warning BG0404: left out 'permalink': a page's address is its folder and file name (input/guide/a.md is guide/a.html) or its 'slug'. To keep an old address, name the file after it or set 'slug'.",
                "jekyll/index.markdown:2:1: warning BG0404: left out 'layout': the template is chosen by section (exercises/ and self-care/ have their own, any other folder uses 'page'); to change how pages look, put your own template in input/_theme/templates/.",
                "jekyll/index.markdown:5:24: warning BG0403: the Liquid tag 'post_url' was left as it is: BackGuide does not run Liquid. Rewrite it in Markdown (a link to the page's .md file, or the text itself).",
            ],
            Lines(import.StandardError));
        Assert.Equal(["about.md", "index.md", "posts/pendulum.md", "site.yml"], Files(_site.InputDirectory));
        Assert.Equal("---\ntitle:  \"Pendulum swings\"\ntags: [exercises, shoulder]\nupdated: 2024-01-05\n---\nLet the arm hang and swing it gently.",
            File.ReadAllText(Path.Combine(_site.InputDirectory, "posts", "pendulum.md")));
        Assert.Equal("title: Shoulder notes\ndescription: Exercises and advice for a stiff shoulder.\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "site.yml")));
        AssertBuildsCleanly();
        Assert.Equal("Pendulum swings", _site.Html("posts/pendulum.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.True(_site.Exists("about.html"));
    }

    [Fact]
    public void AJekyllDraft_IsMarkedDraft_AndPublishedFalseToo()
    {
        _site.With("jekyll/_config.yml", "title: Notes\n")
            .With("jekyll/_drafts/wall-walk.md", "---\ntitle: Wall walk\n---\nWalk your fingers up the wall.\n")
            .With("jekyll/_posts/2024-02-01-hidden.md", "---\ntitle: Hidden\npublished: false\n---\nNot yet.\n");

        var import = CliRunner.Invoke(_site.Root, "import", "jekyll", "jekyll");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("---\ntitle: Wall walk\ndraft: true\n---\nWalk your fingers up the wall.\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "posts", "wall-walk.md")));
        Assert.Equal("---\ntitle: Hidden\ndraft: true\nupdated: 2024-02-01\n---\nNot yet.\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "posts", "hidden.md")));
    }

    [Fact]
    public void AnMkDocsSite_TakesTitlesFromHeadings_AndItsAdmonitionsBecomeCallouts()
    {
        _site.With("mkdocs/mkdocs.yml", """
            site_name: Hip guide
            site_description: Looking after your hips.
            nav:
              - Home: index.md
              - Stretches: stretches.md
            theme:
              name: material
            markdown_extensions:
              - admonition
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
            """)
            .With("mkdocs/docs/index.md", "# Welcome\n\nSee [the stretches](stretches.md).\n")
            .With("mkdocs/docs/stretches.md", """
            ---
            description: Three gentle stretches.
            ---

            # Hip stretches

            !!! note
                Warm up first.

                Breathe slowly.

            !!! danger "Stop if"
                The pain shoots down your leg.

            ??? tip "Why stretch"
                It keeps the joint moving.

            !!! warning inline end "Careful"
                Take it slowly.
            """)
            .With("mkdocs/docs/img/hip.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>\n");

        var import = CliRunner.Invoke(_site.Root, "import", "mkdocs", "mkdocs", "--input", "input");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal(
            ["mkdocs/docs/stretches.md:18:1: warning BG0403: this MkDocs admonition was not converted (it has options BackGuide lacks, or holds another admonition). Rewrite it as ':::note Title', its text, and ':::'."],
            Lines(import.StandardError));
        Assert.StartsWith("Imported 2 pages and 1 other file into input/, with 1 warning.", import.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("title: Hip guide\ndescription: Looking after your hips.\n", File.ReadAllText(Path.Combine(_site.InputDirectory, "site.yml")));
        AssertBuildsCleanly();
        var page = _site.Html("stretches.html");
        Assert.Equal("Hip stretches", Assert.Single(page.QuerySelectorAll("h1")).TextContent.Trim());
        Assert.Equal("Warm up first.", page.QuerySelector(".callout--note p:not(.callout__title)")!.TextContent);
        Assert.Equal("Stop if", page.QuerySelector(".callout--danger .callout__title")!.TextContent);
        Assert.Equal("Why stretch", page.QuerySelector("details.disclosure summary")!.TextContent);
        Assert.Equal("Welcome", _site.Html("index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.True(_site.Exists("img/hip.svg"));
    }

    [Fact]
    public void ANonEmptyTarget_IsRefused_AndLeftAsItWas()
    {
        _site.With("mkdocs/docs/index.md", "# Welcome\n").With("input/notes/mine.md", "---\ntitle: Mine\n---\n");

        var import = CliRunner.Invoke(_site.Root, "import", "mkdocs", "mkdocs");

        Assert.Equal(1, import.ExitCode);
        Assert.StartsWith("input: error BG0401: this folder is not empty", import.StandardError, StringComparison.Ordinal);
        Assert.Equal(["notes/mine.md"], Files(_site.InputDirectory));
    }

    [Fact]
    public void ALinkOutOfTheSource_IsNeverFollowed()
    {
        _site.With("mkdocs/docs/index.md", "# Welcome\n");
        File.CreateSymbolicLink(Path.Combine(_site.Root, "mkdocs", "docs", "secret.md"), "/etc/passwd");

        var import = CliRunner.Invoke(_site.Root, "import", "mkdocs", "mkdocs");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("mkdocs/docs/secret.md: error BG0114: this is a link to /etc/passwd, outside docs/", import.StandardError, StringComparison.Ordinal);
        Assert.Equal(["index.md", "site.yml"], Files(_site.InputDirectory));
    }

    private void AssertBuildsCleanly()
    {
        var build = CliRunner.Invoke(_site.Root, "build");
        Assert.True(build.ExitCode == 0, build.StandardError);
        Assert.Equal("", build.StandardError);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
