using BackGuide.Search;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> TokenizerCases() => TableFile.Read("tokenizer.tsv");

    [Theory]
    [MemberData(nameof(TokenizerCases))]
    public void Tokenizer_FoldsStemsAndDropsStopWords(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Tokenizer.Terms(text)));
    }

    [Fact]
    public void Index_HoldsEveryPage_ButNotThoseMarkedSearchFalse_NorGeneratedPages()
    {
        _site.WithPage("index.md", "title: Home")
            .WithPage("notes/kept.md", "title: Kept page", "Visible words.\n")
            .WithPage("notes/hidden.md", "title: Hidden page\nsearch: false", "Secret zanzibar words.\n")
            .WithExercise("bird-dog", "Bird dog");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var index = new SearchIndexFile(_site.OutputDirectory);
        Assert.Equal(["exercises/bird-dog.html", "index.html", "notes/kept.html"], index.Urls);
        Assert.Empty(index.PagesWith("zanzibar"));
        Assert.DoesNotContain("Hidden page", index.Text, StringComparison.Ordinal);
        Assert.True(_site.Exists("search.html"));
    }

    [Fact]
    public void Index_ReadsTitleSummaryHeadingsBody_AndExerciseFacts()
    {
        _site.WithExercise("bird-dog", "Bird dog",
            "tags: [quadruped]",
            "## Why wobbling matters\n\nKeep the spine steady.\n")
            .WithPage("exercises/wall-sit.md", TestSite.Exercise("Wall sit").Replace("equipment: []", "equipment: [sturdy wall]").Replace("position: lying", "position: standing").Replace("targets: [lower back]", "targets: [thighs]"));

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var index = new SearchIndexFile(_site.OutputDirectory);
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("bird").Keys); // title
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("summary").Keys); // summary
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("wobbl").Keys); // heading, stemmed
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("spin").Keys); // body
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("quadrup").Keys); // tags, stemmed
        Assert.Contains("exercises/bird-dog.html", index.PagesWith("breath").Keys); // steps
        Assert.Contains("exercises/wall-sit.html", index.PagesWith("sturdy").Keys); // equipment
        Assert.Contains("exercises/wall-sit.html", index.PagesWith("stand").Keys); // position
        Assert.Contains("exercises/wall-sit.html", index.PagesWith("thigh").Keys); // targets
        Assert.DoesNotContain("exercises/wall-sit.html", index.PagesWith("quadrup").Keys);
    }

    [Fact]
    public void Index_WeighsTitleAboveHeadingsAboveBody()
    {
        _site.WithPage("notes/a.md", "title: Towel", "Plain words here.\n")
            .WithPage("notes/b.md", "title: Something", "## Towel\n\nPlain words here.\n")
            .WithPage("notes/c.md", "title: Other", "Plain words and a towel here.\n");

        _site.Build();

        var towel = new SearchIndexFile(_site.OutputDirectory).PagesWith("towel");
        Assert.True(towel["notes/a.html"] > towel["notes/b.html"], "title should outweigh a heading");
        Assert.True(towel["notes/b.html"] > towel["notes/c.html"], "a heading should outweigh the body");
        Assert.Equal(1, towel["notes/a.html"] % 2); // the lowest bit marks a title match
        Assert.Equal(0, towel["notes/c.html"] % 2);
    }

    [Fact]
    public void Synonyms_FromTheThemeAndSiteYml_AreShippedInTheIndex_AndMerged()
    {
        _site.With("input/site.yml", "title: T\nsynonyms:\n  - [core, midsection]\n  - [wobble board, balance board]\n")
            .WithPage("notes/a.md", "title: A");

        _site.Build();

        var entries = new SearchIndexFile(_site.OutputDirectory).Root.GetProperty("synonyms").EnumerateArray()
            .Select(g => g.EnumerateArray().Select(e => e.GetString()).ToList()).ToList();
        var core = Assert.Single(entries, g => g.Contains("midsection"));
        Assert.Contains("trunk", core); // from theme/search/synonyms.yml
        Assert.Contains("core muscles", core); // the site's group is merged into the theme's
        Assert.Contains(entries, g => g.SequenceEqual(["wobble board", "balance board"]));
    }

    [Fact]
    public void EveryPage_HasTheSearchBox_LoadingSearchJs_ButNotTheIndex()
    {
        _site.WithPage("notes/a.md", "title: A");

        _site.Build();

        var page = _site.Html("notes/a.html");
        var input = page.QuerySelector("form[role=search] input[role=combobox]")!;
        Assert.Equal("../search.html", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.NotNull(page.GetElementById(input.GetAttribute("aria-controls")!));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("../assets/search.js", scripts);
        Assert.DoesNotContain(scripts, s => s!.Contains("search-index", StringComparison.Ordinal)); // loaded on first use
        Assert.Contains("search-index.js", _site.Html("search.html").QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void Index_MarksAMovementToAvoid_WithWhatToDoInstead_AndAPageOfWarningSigns_WithItsSigns()
    {
        _site.WithExercise("neck-turns", "Neck turns")
            .WithExercise("neck-crack", "Neck crack", "avoid:\n  reason: It jars the joints.\n  instead: [neck-turns]")
            .WithPage("guide/urgent.md", "title: Get help\nwarningSigns: [sudden dizziness, arm going numb]");

        Assert.True(_site.Build().Succeeded);

        var pages = new SearchIndexFile(_site.OutputDirectory).Root.GetProperty("pages").EnumerateArray()
            .ToDictionary(p => p[0].GetString()!, p => p.GetArrayLength() > 3 ? p[3].GetRawText() : null);
        Assert.Equal("""{"instead":[["Neck turns","exercises/neck-turns.html"]]}""", pages["exercises/neck-crack.html"]);
        Assert.Equal("""{"warningSigns":["sudden dizziness","arm going numb"]}""", pages["guide/urgent.html"]);
        Assert.Null(pages["exercises/neck-turns.html"]);
        Assert.Contains("guide/urgent.html", new SearchIndexFile(_site.OutputDirectory).PagesWith("dizziness").Keys); // the signs are searchable
    }

    [Fact]
    public void Index_HoldsTheAvoidIndex_WithEachMovementAndWhy_ButNotThePagesToDoInstead()
    {
        _site.WithExercise("neck-turns", "Neck turns")
            .WithExercise("neck-crack", "Neck crack", "avoid:\n  reason: It jars the vertebrae.\n  instead: [neck-turns]");

        Assert.True(_site.Build().Succeeded);

        var index = new SearchIndexFile(_site.OutputDirectory);
        Assert.Contains("avoid.html", index.Urls);
        Assert.Contains("avoid.html", index.PagesWith("avoid").Keys); // its title
        Assert.Contains("avoid.html", index.PagesWith("crack").Keys); // the movement
        Assert.Contains("avoid.html", index.PagesWith("vertebra").Keys); // why
        Assert.DoesNotContain("avoid.html", index.PagesWith("turn").Keys); // not what to do instead
    }

    [Fact]
    public void Index_LeavesOut_LinesThatThreePagesOfFiveRepeatWordForWord()
    {
        const string reminder = "Stop if you feel dizziness or numbness in your arm.";
        _site.WithPage("notes/a.md", "title: A", $"Zebra words.\n\n{reminder}\n")
            .WithPage("notes/b.md", "title: B", $"{reminder}\n\nYak words.\n")
            .WithPage("notes/c.md", "title: C", $"{reminder}\n")
            .WithPage("notes/d.md", "title: D", "Dizziness is the subject of this page.\n")
            .WithPage("notes/e.md", "title: E", "Stop if you feel dizziness.\n\nStop if you feel dizziness.\n");

        Assert.True(_site.Build().Succeeded);

        var index = new SearchIndexFile(_site.OutputDirectory);
        Assert.Equal(["notes/d.html", "notes/e.html"], index.PagesWith("dizziness").Keys.Order(StringComparer.Ordinal));
        Assert.Contains("notes/a.html", index.PagesWith("zebra").Keys); // the rest of the page stays
        Assert.Contains("notes/b.html", index.PagesWith("yak").Keys);
    }

    [Fact]
    public void Index_Keeps_ALineThatThreePagesOfFortyShare()
    {
        const string step = "Kneel on all fours on a mat.";
        for (var i = 0; i < 40; i++)
        {
            _site.WithPage($"notes/n{i}.md", $"title: N{i}", i < 3 ? $"{step}\n" : "Other words.\n");
        }

        Assert.True(_site.Build().Succeeded);

        Assert.Equal(3, new SearchIndexFile(_site.OutputDirectory).PagesWith("four").Count);
    }

    [Fact]
    public void Postings_RoundTrip()
    {
        var postings = new List<(int, int)> { (0, 1), (3, 200), (31, 31), (32, 32), (5000, 201), (70_000, 7) };

        Assert.Equal(postings, PostingEncoding.Decode(PostingEncoding.Encode(postings)));
    }
}
