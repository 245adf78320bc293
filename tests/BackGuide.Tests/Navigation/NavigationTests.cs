using BackGuide.Tests.Support;

namespace BackGuide.Tests.Navigation;

/// <summary>Navigation on every page of the shipped guide: header, breadcrumbs, previous and next, related, contents.</summary>
public sealed class NavigationTests(ShippedGuide guide) : IClassFixture<ShippedGuide>
{
    private readonly LinkGraph _links = new(guide.OutputDirectory);

    /// <summary>The guide's own pages: home, the avoid index and the three sections (other features add pages of their own).</summary>
    private IEnumerable<string> Pages => guide.HtmlFiles.Where(LinkGraph.IsGuidePage);

    [Fact]
    public void EveryPage_HasTheHeaderWithEverySection_AndMarksWhereTheReaderIs()
    {
        foreach (var page in Pages)
        {
            var nav = _links.LinksFrom(page, ".site-nav").ToList();
            var current = _links.Targets(page, ".site-nav a[aria-current=page]").ToList();
            var section = page.Contains('/', StringComparison.Ordinal) ? page[..page.IndexOf('/', StringComparison.Ordinal)] : null;

            Assert.Contains("index.html", nav);
            Assert.Contains("exercises/index.html", nav);
            Assert.Contains("self-care/index.html", nav);
            Assert.Contains("guide/index.html", nav);
            Assert.All(current, c => Assert.Equal(page, c));
            if (nav.Contains(page))
            {
                Assert.Single(current);
            }
            if (section is not null)
            {
                Assert.Equal($"{section}/index.html", _links.Targets(page, ".site-nav a.is-active").Single());
            }
        }
    }

    [Fact]
    public void EveryPageButHome_HasBreadcrumbs_FromHomeThroughItsSection()
    {
        foreach (var page in Pages.Where(p => p != "index.html"))
        {
            var crumbs = _links.LinksFrom(page, ".breadcrumbs").ToList();
            var section = page.Contains('/', StringComparison.Ordinal) ? page[..page.IndexOf('/', StringComparison.Ordinal)] : null;

            Assert.Equal("index.html", crumbs[0]);
            if (section is not null && page != $"{section}/index.html")
            {
                Assert.Equal($"{section}/index.html", crumbs[1]);
            }
            Assert.NotEmpty(guide.Html(page).QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);
        }
    }

    [Theory]
    [InlineData("exercises")]
    [InlineData("self-care")]
    [InlineData("guide")]
    public void PreviousAndNext_FollowTheSectionListsOrder_AndNeverLeadFromAnExerciseToAMovementToAvoid(string section)
    {
        var listed = _links.LinksFrom($"{section}/index.html", "main .group").Where(p => p.StartsWith(section + "/", StringComparison.Ordinal)).Distinct().ToList();
        var walked = new List<string>();
        foreach (var start in listed.Where(p => !_links.Targets(p, ".pager a[rel=prev]").Any()))
        {
            walked.Add(start);
            while (_links.Targets(walked[^1], ".pager a[rel=next]").SingleOrDefault() is { } next && walked.Count <= listed.Count)
            {
                Assert.Equal(walked[^1], _links.Targets(next, ".pager a[rel=prev]").Single());
                Assert.False(!IsAvoided(walked[^1]) && IsAvoided(next), $"{walked[^1]} leads to the movement to avoid {next}");
                walked.Add(next);
            }
        }

        Assert.Equal(listed, walked);
        Assert.All(listed.Where(p => !IsAvoided(p)), p => Assert.All(_links.Targets(p, ".pager a"), t => Assert.False(IsAvoided(t), $"{p} leads to {t}")));
    }

    private bool IsAvoided(string page) => guide.Html(page).QuerySelector("[data-avoid-banner]") is not null;

    [Fact]
    public void RelatedPages_AreSplitIntoExercisesToTry_AndReading_AndAllExist()
    {
        var withRelated = 0;
        foreach (var page in Pages)
        {
            var related = guide.Html(page).QuerySelector("aside.related");
            if (related is null)
            {
                continue;
            }
            withRelated++;
            foreach (var group in related.QuerySelectorAll("h3"))
            {
                var links = group.NextElementSibling!.QuerySelectorAll("a").Select(a => LinkGraph.Resolve(page, a.GetAttribute("href")!)!.Value.Path).ToList();
                Assert.NotEmpty(links);
                Assert.All(links, l => Assert.True(_links.Exists(l), $"{page} relates missing {l}"));
                if (group.TextContent == "Exercises to try")
                {
                    Assert.All(links, l => Assert.Null(guide.Html(l).QuerySelector("[data-avoid-banner]")));
                }
            }
        }
        Assert.True(withRelated >= 10);
    }

    [Fact]
    public void LongPages_HaveATableOfContents_WhoseLinksNameHeadingsOnThePage()
    {
        var withToc = 0;
        foreach (var page in Pages)
        {
            var html = guide.Html(page);
            var headings = html.QuerySelectorAll("main .content h2[id]").ToList();
            var toc = html.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!).ToList();
            if (headings.Count >= 3)
            {
                withToc++;
                Assert.Equal(headings.Select(h => "#" + h.Id), toc.Where(h => html.QuerySelector($"main .content h2[id='{h[1..]}']") is not null));
            }
            Assert.All(toc, href => Assert.NotNull(html.GetElementById(href[1..])));
        }
        Assert.True(withToc > 0);
    }

    [Fact]
    public void TheContents_NestEachLevel3HeadingUnderItsLevel2Heading_AndLongPagesLinkBackToTheTop()
    {
        var nested = 0;
        foreach (var page in Pages)
        {
            var html = guide.Html(page);
            if (html.QuerySelector(".toc") is not { } toc)
            {
                Assert.Null(html.QuerySelector(".back-to-top"));
                continue;
            }
            var headings = html.QuerySelectorAll("main .content h2[id], main .content h3[id]").ToList();
            var outer = toc.QuerySelectorAll(":scope > ol > li").ToList();
            Assert.Equal(headings.Where(h => h.LocalName == "h2").Select(h => "#" + h.Id),
                outer.Select(li => li.QuerySelector("a")!.GetAttribute("href")!).Where(href => html.QuerySelector($"main .content h2[id='{href[1..]}']") is not null));
            foreach (var item in outer)
            {
                var parent = item.QuerySelector("a")!.GetAttribute("href")![1..];
                var under = headings.SkipWhile(h => h.Id != parent).Skip(1).TakeWhile(h => h.LocalName == "h3").Select(h => "#" + h.Id);
                var listed = item.QuerySelectorAll(":scope > ol > li > a").Select(a => a.GetAttribute("href")!).ToList();
                Assert.Equal(under, listed);
                nested += listed.Count;
            }
            Assert.Equal("#main", html.QuerySelector(".back-to-top a")!.GetAttribute("href"));
        }
        Assert.True(nested >= 2, "the sciatica page has level-3 headings under its signs of getting better or worse");
    }

    [Fact]
    public void TheExercisesIndex_WithoutScript_IsTheFullGroupedList_WithTheFiltersHidden()
    {
        var html = guide.Html("exercises/index.html");
        var listed = _links.LinksFrom("exercises/index.html", "main .group .item").ToList();
        var exercises = Directory.EnumerateFiles(Path.Combine(Repository.Input, "exercises"), "*.md").Select(f => $"exercises/{Path.GetFileNameWithoutExtension(f)}.html");

        Assert.True(html.QuerySelector("form[data-filters]")!.HasAttribute("hidden"));
        Assert.Equal(exercises.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(["Stretches", "Strengthening", "Mobility", "Movements to avoid"], html.QuerySelectorAll("main .group h2").Select(h => h.TextContent));
        Assert.All(html.QuerySelectorAll("main .group .item:not(.item--avoid)"), i =>
        {
            Assert.True(i.HasAttribute("data-target") && i.HasAttribute("data-position") && i.HasAttribute("data-equipment") && i.HasAttribute("data-difficulty"), i.OuterHtml);
        });
    }

    [Fact]
    public void TheSelfCareIndex_IsGroupedByTopic()
    {
        var groups = guide.Html("self-care/index.html").QuerySelectorAll("main .group h2").Select(h => h.TextContent).ToList();

        Assert.True(groups.Count >= 3, string.Join(", ", groups));
        Assert.Equal(groups.Distinct().Count(), groups.Count);
    }
}
