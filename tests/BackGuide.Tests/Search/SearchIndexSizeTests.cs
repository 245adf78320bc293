using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

[Collection(ShippedGuideGroup.Name)]
public sealed class SearchIndexSizeTests(ShippedGuide guide)
{
    [Fact]
    public void TheShippedGuidesIndex_IsUnder100KB()
    {
        var size = new FileInfo(Path.Combine(guide.OutputDirectory, "search-index.js")).Length;

        Assert.True(size < 100 * 1024, $"search-index.js is {size:N0} bytes");
    }

    [Fact]
    public void ForFourThousandPages_TheIndexIsUnder30PercentOfTheSitesHtml()
    {
        using var site = GeneratedGuide.Write(4000);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        var html = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var index = new FileInfo(Path.Combine(site.OutputDirectory, "search-index.js")).Length;
        Assert.Equal(4000, new SearchIndexFile(site.OutputDirectory).Urls.Count);
        Assert.True(index < html * 0.30, $"search-index.js is {index:N0} bytes, {100.0 * index / html:F1}% of {html:N0} bytes of HTML");
    }
}
