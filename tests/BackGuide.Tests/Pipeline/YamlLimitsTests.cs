using BackGuide.Diagnostics;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Pipeline;

/// <summary>
/// YAML nested deeper than <see cref="BackGuide.FrontMatter.YamlLimits.MaxDepth"/> is an error at the level that goes
/// too deep, in a page, in site.yml and in the theme's synonyms, never a crash. The unclosed form is a data case
/// (yaml-nested-50000-deep); these are the balanced ones the issue reports, 100 KB of brackets.
/// </summary>
public sealed class YamlLimitsTests : IDisposable
{
    private static readonly string Deep = new string('[', 50_000) + new string(']', 50_000);

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void DeepNestingInAPage_IsAnError_NotAStackOverflow()
    {
        _site.WithPage("notes/a.md", "title: A\ntags: " + Deep, "Body");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.YamlTooDeep, error.Code);
        Assert.Equal((3, 38), (error.Line, error.Column));
    }

    [Fact]
    public void DeepNestingInSiteYml_IsAnError()
    {
        _site.WithPage("notes/a.md", "title: A", "Body").With("input/site.yml", "title: T\nsynonyms: " + Deep + "\n");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlTooDeep && d.File.EndsWith("site.yml", StringComparison.Ordinal) && d.Line == 2);
    }

    [Fact]
    public void ShallowNesting_StillLoads()
    {
        _site.WithPage("notes/a.md", "title: A\ntags: [back, [ok]]", "Body")
            .With("input/site.yml", "title: T\nsynonyms:\n  - [sit-up, crunch]\n");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlTooDeep);
    }
}
