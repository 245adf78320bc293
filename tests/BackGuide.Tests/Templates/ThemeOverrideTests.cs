using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

public sealed class ThemeOverrideTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("notes/a.md", "title: Alpha\nsummary: First.");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AThemeFolderTemplate_ReplacesTheShippedOne_FileByFile()
    {
        _site.With("mytheme/templates/page.sbn-html", "<p class=\"mine\">{{ page.title }}</p>");

        var result = _site.Build(theme: "mytheme");

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = _site.Html("notes/a.html");
        Assert.Equal("Alpha", html.QuerySelector("main p.mine")!.TextContent);
        Assert.NotNull(html.QuerySelector("header.site-header")); // the layout still comes from the shipped theme
    }

    [Fact]
    public void AnInputThemeFolder_OverridesAssets()
    {
        _site.With("input/_theme/assets/style.css", "body { color: rebeccapurple; }");

        _site.Build();

        Assert.Equal("body { color: rebeccapurple; }", _site.Read("assets/style.css"));
        Assert.False(_site.Exists("_theme/assets/style.css"));
    }

    [Fact]
    public void APartialOverride_IsUsedByEveryTemplate()
    {
        // The breadcrumbs partial is on every page but home (the stop rule, once in every footer, is now on exercises and cards only).
        _site.With("input/_theme/partials/breadcrumbs.sbn-html", "<nav data-crumbs>Custom crumbs.</nav>");

        _site.Build();

        Assert.Equal("Custom crumbs.", _site.Html("notes/a.html").QuerySelector("[data-crumbs]")!.TextContent);
        Assert.Equal("Custom crumbs.", _site.Html("notes/index.html").QuerySelector("[data-crumbs]")!.TextContent);
    }
}
