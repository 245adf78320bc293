using System.Text.Json;
using BackGuide.Content;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Templates;

/// <summary>The scripts' wording travels in one JSON island per page, which no string of site.yml can break out of.</summary>
public sealed class ScriptStringsIslandTests : IDisposable
{
    private const string Hostile = "</script><script>alert(1)</script> & \"quoted\" <!--";

    private readonly TestSite _site = new TestSite()
        .With("input/site.yml", $"title: Guide\nstrings:\n  routine_add: {JsonSerializer.Serialize(Hostile)}\n")
        .WithPage("index.md", "title: Guide")
        .WithExercise("pelvic-tilt", "Pelvic tilt");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AStringThatLooksLikeMarkup_StaysText_InsideTheIsland()
    {
        Assert.True(_site.Build().Succeeded);

        var page = _site.Html("exercises/pelvic-tilt.html");
        var island = page.QuerySelectorAll("script#bg-strings");
        var words = JsonSerializer.Deserialize<Dictionary<string, string>>(Assert.Single(island).TextContent)!;

        Assert.Equal(Hostile, words["routine_add"]);
        Assert.Equal(ThemeStrings.ForScripts, words.Keys);
        Assert.DoesNotContain(page.Scripts, s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.Id != "bg-strings");
        Assert.DoesNotContain("</script><script>alert", _site.Read("exercises/pelvic-tilt.html"), StringComparison.Ordinal);
    }
}
