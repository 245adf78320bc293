using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>A guide restyles the shipped theme without replacing it: its own stylesheets, accent colours, a logo, and the order of its menu.</summary>
public sealed class MakeItYoursTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .WithPage("index.md", "title: Home")
        .WithPage("notes/a.md", "title: A note")
        .WithPage("guide/start.md", "title: Start")
        .WithPage("self-care/ice.md", "title: Ice\nsummary: Cold packs.\ntopics: [pain relief]")
        .WithPage("about.md", "title: About us")
        .WithExercise("knee-bend", "Knee bend");

    public void Dispose() => _site.Dispose();

    private List<string> Menu(string page = "notes/a.html") =>
        _site.Html(page).QuerySelectorAll(".site-nav a").Select(a => a.TextContent).ToList();

    [Fact]
    public void ExtraCssInTheSitesTheme_AndCssInSiteYml_AreLoadedAfterTheThemesStylesheet()
    {
        _site.With("input/_theme/assets/extra.css", "body { color: teal; }")
            .With("input/css/clinic.css", "h1 { color: navy; }")
            .With("input/site.yml", "title: T\ncss: [css/clinic.css]\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var sheets = _site.Html("notes/a.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["../assets/style.css", "../assets/extra.css", "../css/clinic.css"], sheets);
        Assert.Equal("body { color: teal; }", _site.Read("assets/extra.css"));
        Assert.Empty(new Navigation.LinkGraph(_site.OutputDirectory).BrokenReferences());
    }

    [Fact]
    public void AccentColoursAndALogo_FromSiteYml_AreOnEveryPage()
    {
        _site.With("input/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>")
            .With("input/site.yml", "title: T\naccentColor: \"#7a1f5c\"\naccentColorDark: \"#f0a6d6\"\nlogo: images/logo.svg\n");

        _site.Build();

        var page = _site.Html("notes/a.html");
        var style = page.QuerySelector("head style")!.TextContent;
        Assert.Contains("--accent: #7a1f5c;", style, StringComparison.Ordinal);
        Assert.Contains("@media (prefers-color-scheme: dark) { :root { --accent: #f0a6d6; } }", style, StringComparison.Ordinal);
        Assert.Equal("#7a1f5c", page.QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        Assert.Equal("../images/logo.svg", page.QuerySelector(".site-title img")!.GetAttribute("src"));
    }

    [Fact]
    public void WithoutSettings_TheMenuIsPlainSectionsAtoZ_ThenExercises_SelfCare_AndTopLevelPages()
    {
        _site.Build();

        Assert.Equal(["Home", "Guide", "Notes", "Exercises", "Self-care", "About us", "Cards"], Menu());
    }

    [Fact]
    public void MenuInSiteYml_OrdersSectionsAndTopLevelPages_OnTheMenuAndTheHomePage()
    {
        _site.With("input/site.yml", "title: T\nmenu: [about, exercises, notes]\n");

        _site.Build();

        Assert.Equal(["Home", "About us", "Exercises", "Notes", "Guide", "Self-care", "Cards"], Menu());
        Assert.Equal(["Exercises", "Notes", "Guide", "Self-care"], _site.Html("index.html").QuerySelectorAll(".tiles h2").Select(h => h.TextContent));
    }

    [Fact]
    public void OrderInASectionsIndexMd_PlacesTheSection()
    {
        _site.WithPage("self-care/index.md", "title: Looking after yourself\norder: 1")
            .WithPage("notes/index.md", "title: Notes\norder: 2");

        _site.Build();

        Assert.Equal(["Home", "Looking after yourself", "Notes", "Guide", "Exercises", "About us", "Cards"], Menu());
    }

    [Fact]
    public void ThemeExport_WritesTheShippedTheme_ThatBuildsTheSameSite()
    {
        var exported = Path.Combine(_site.Root, "my-theme");

        var run = CliRunner.Invoke(_site.Root, "theme", "export", "my-theme");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Theme, "templates", "layout.sbn-html")), File.ReadAllText(Path.Combine(exported, "templates", "layout.sbn-html")));
        Assert.True(File.Exists(Path.Combine(exported, "assets", "style.css")));
        Assert.True(File.Exists(Path.Combine(exported, "partials", "stop-rule.sbn-html")));
        _site.Build();
        var plain = _site.Snapshot();
        _site.Build(theme: "my-theme");
        Assert.Equal(plain, _site.Snapshot());
    }
}
