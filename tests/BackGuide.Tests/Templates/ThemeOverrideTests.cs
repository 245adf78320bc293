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
        _site.With("input/_theme/partials/stop-rule.sbn-html", "<p data-stop-rule>Custom stop rule.</p>");

        _site.Build();

        Assert.Equal("Custom stop rule.", _site.Html("notes/a.html").QuerySelector("[data-stop-rule]")!.TextContent);
        Assert.Equal("Custom stop rule.", _site.Html("notes/index.html").QuerySelector("[data-stop-rule]")!.TextContent);
    }
}
