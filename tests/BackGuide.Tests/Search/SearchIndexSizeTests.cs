using System.Collections.Immutable;
using System.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Tests.Support;
using Xunit.Abstractions;

namespace BackGuide.Tests.Search;

public sealed class SearchIndexSizeTests(ShippedGuide guide, ITestOutputHelper output) : IClassFixture<ShippedGuide>
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
        var built = new CaptureDocuments();
        var pipeline = new BuildPipeline(BuildPipeline.Default().Steps.Add(built));
        var options = new BuildOptions { InputDirectory = site.InputDirectory, OutputDirectory = site.OutputDirectory, WriteOutput = false };
        var clock = Stopwatch.StartNew();

        var result = new SiteBuilder(options, pipeline).Build(new Progress<string>(step => output.WriteLine($"{clock.ElapsedMilliseconds,6} ms {step}")));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(5)));
        var html = built.Documents.Where(d => d.OutputPath.EndsWith(".html", StringComparison.Ordinal)).Sum(d => (long)d.Output.Length);
        var index = built.Documents.Single(d => d.OutputPath == "search-index.js").Output.Length;
        Assert.Equal(4000, built.Documents.Count(d => d.OutputPath.StartsWith("section-", StringComparison.Ordinal) && !d.OutputPath.EndsWith("/index.html", StringComparison.Ordinal)));
        output.WriteLine($"search-index.js: {index:N0} bytes, {100.0 * index / html:F1}% of {html:N0} bytes of HTML");
        Assert.True(index < html * 0.30, $"search-index.js is {index:N0} bytes, {100.0 * index / html:F1}% of {html:N0} bytes of HTML");
    }

    /// <summary>A last step that keeps the finished documents, so the test reads sizes without writing 50 MB to disk.</summary>
    private sealed class CaptureDocuments : IStep
    {
        public ImmutableArray<Document> Documents { get; private set; }

        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            Documents = documents;
            return documents;
        }
    }
}
