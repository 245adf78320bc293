using System.Globalization;
using BackGuide.Pipeline;
using BackGuide.Tests.Navigation;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Printing;

/// <summary>
/// A guide of more pages than a reader can use in one list (<see cref="SiteIndex.LargeSitePages"/>): the home page lists
/// its sections with their counts, and print.html leads to one print document per section, cut into volumes, so no
/// file grows with the whole site. Built once for the class, from tiny pages.
/// </summary>
public sealed class LargeSiteTests : IClassFixture<LargeSiteTests.Site>, IClassFixture<BrowserSession>
{
    private const int Notes = SiteIndex.LargeSitePages + 30;

    /// <summary>The notes' list page and notes, cut into two volumes of even size: the first holds one page more.</summary>
    private const int FirstVolume = (Notes + 2) / 2;

    private readonly Site _site;
    private readonly BrowserSession _session;

    public LargeSiteTests(Site site, BrowserSession session)
    {
        _site = site;
        _session = session;
    }

    /// <summary>Notes that each link the next and an exercise, three exercises, and a page at the top of the guide.</summary>
    public sealed class Site : IDisposable
    {
        public Site()
        {
            Guide.With("input/site.yml", "title: Knee care\n")
                .WithPage("index.md", "title: Welcome", "Read [about us](about.md).")
                .WithPage("about.md", "title: About us", "Who we are.")
                .WithExercise("knee-bend", "Knee bend").WithExercise("step-up", "Step up").WithExercise("wall-sit", "Wall sit");
            for (var i = 1; i <= Notes; i++)
            {
                var next = i < Notes ? $"[next](note-{i + 1:D3}.md) and " : "";
                Guide.WithPage($"notes/note-{i:D3}.md", $"title: Note {i:D3}", $"Read {next}[knee bend](../exercises/knee-bend.md).\n");
            }
            Result = Guide.Build();
        }

        public TestSite Guide { get; } = new();

        public BuildResult Result { get; }

        public void Dispose() => Guide.Dispose();
    }

    [Fact]
    public void ItBuilds_WithNoBrokenReference_AndEveryPageIsInReachFromHome()
    {
        Assert.True(_site.Result.Succeeded, string.Join('\n', _site.Result.Diagnostics));
        Assert.Empty(_site.Result.Diagnostics);
        var graph = new LinkGraph(_site.Guide.OutputDirectory);
        Assert.Empty(graph.BrokenReferences());
        var reached = graph.Reachable("index.html", clicks: 4);
        var pages = Directory.EnumerateFiles(_site.Guide.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Guide.OutputDirectory, f).Replace('\\', '/')).Where(LinkGraph.IsLinkedPage).ToList();
        Assert.All(pages, page => Assert.True(reached.ContainsKey(page), $"{page} is not reachable from the home page"));
    }

    [Fact]
    public void TheHomePage_ListsTheSections_WithTheirCounts_NotEveryPage()
    {
        var home = _site.Guide.Html("index.html");

        Assert.Empty(home.QuerySelectorAll("main .tiles li"));
        var counts = home.QuerySelectorAll("main .tiles [data-section-count]").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("notes/index.html", $"{Notes} pages"), ("exercises/index.html", "3 pages")], counts);
        Assert.True(_site.Guide.Read("index.html").Length < 12_000, $"the home page is {_site.Guide.Read("index.html").Length} characters");
        // The section's own page still lists every one of its pages.
        Assert.Equal(Notes, _site.Guide.Html("notes/index.html").QuerySelectorAll("main .item").Length);
    }

    [Fact]
    public void PrintHtml_LeadsToOneDocumentPerSection_CutIntoVolumes()
    {
        var print = _site.Guide.Html("print.html");

        Assert.Empty(print.QuerySelectorAll(".print-page"));
        var documents = print.QuerySelectorAll("main a[data-print-document]").Select(a => (a.GetAttribute("href"), a.TextContent, a.ParentElement!.TextContent)).ToList();
        Assert.Equal(["print/home.html", "print/notes.html", "print/notes-2.html", "print/exercises.html"], documents.Select(d => d.Item1));
        Assert.Equal(["Welcome", "Notes (1 of 2)", "Notes (2 of 2)", "Exercises"], documents.Select(d => d.Item2));
        Assert.EndsWith($"({FirstVolume} pages)", documents[1].Item3, StringComparison.Ordinal);
        Assert.EndsWith($"({Notes + 1 - FirstVolume} pages)", documents[2].Item3, StringComparison.Ordinal);
        Assert.True(_site.Guide.Read("print.html").Length < 12_000);
    }

    [Fact]
    public void EachPrintDocument_HoldsItsSectionsPages_InListOrder_EachPageOnce()
    {
        string[] Pages(string document) => _site.Guide.Html(document).QuerySelectorAll(".print-page").Select(p => p.Id!).ToArray();
        var notes = Enumerable.Range(1, Notes).Select(i => $"p-notes.note-{i:D3}").Prepend("p-notes.index").ToList();

        Assert.Equal(["p-index", "p-about"], Pages("print/home.html"));
        Assert.Equal(notes.Take(FirstVolume), Pages("print/notes.html"));
        Assert.Equal(notes.Skip(FirstVolume), Pages("print/notes-2.html"));
        Assert.Equal(["p-exercises.index", "p-exercises.knee-bend", "p-exercises.step-up", "p-exercises.wall-sit"], Pages("print/exercises.html"));
    }

    [Fact]
    public void APrintDocument_IsAWholePrintableDocument_LinkingInsideItself_AndOutToTheOtherPages()
    {
        var notes = _site.Guide.Html("print/notes.html");

        Assert.Equal("Notes (1 of 2)", notes.QuerySelector(".print-cover__part")!.TextContent);
        Assert.Equal("Notes (1 of 2), to print · Knee care", notes.Title);
        Assert.NotNull(notes.QuerySelector(".print-cover .stop-rule"));
        Assert.Equal(FirstVolume - 1, notes.QuerySelectorAll(".print-toc li li").Length);
        var first = notes.GetElementById("p-notes.note-001")!;
        Assert.Equal(["#p-notes.note-002", "../exercises/knee-bend.html"], first.QuerySelectorAll(".content a").Select(a => a.GetAttribute("href")));
        // The last note of the first volume links the first of the second as a page of the site.
        var last = notes.GetElementById(string.Create(CultureInfo.InvariantCulture, $"p-notes.note-{FirstVolume - 1:D3}"))!;
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"../notes/note-{FirstVolume:D3}.html"), last.QuerySelector(".content a")!.GetAttribute("href"));
    }

    [BrowserFact]
    public async Task TheSecondVolume_PrintsItsPages_NumberedOnFromTheFirst()
    {
        var sheets = PdfPages.Texts(await _session.PrintAsync(Path.Combine(_site.Guide.OutputDirectory, "print", "notes-2.html"), "A4"));

        Assert.StartsWith("1 / ", sheets[0], StringComparison.Ordinal);
        Assert.Contains("Notes (2 of 2)", sheets[0], StringComparison.Ordinal);
        var first = string.Create(CultureInfo.InvariantCulture, $"1.{FirstVolume} Note {FirstVolume:D3}");
        var last = string.Create(CultureInfo.InvariantCulture, $"1.{Notes} Note {Notes:D3}");
        Assert.Contains(first, sheets[1], StringComparison.Ordinal);
        Assert.Contains(sheets.Skip(2), sheet => sheet.Contains(first, StringComparison.Ordinal));
        Assert.Contains(sheets.Skip(2), sheet => sheet.Contains(last, StringComparison.Ordinal));
    }
}
