using System.Collections.Immutable;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BenchmarkDotNet.Attributes;

namespace BackGuide.Benchmarks;

/// <summary>The hot steps of a build, each timed on the documents it receives in a real build of a generated site.</summary>
[MemoryDiagnoser]
public class StepBenchmarks : IDisposable
{
    private StagedSite _site = null!;

    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _site = new StagedSite(Pages);

    [GlobalCleanup]
    public void Dispose()
    {
        _site?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public ImmutableArray<Document> ReadFiles() => new ReadFiles().Execute([], _site.Context);

    [Benchmark]
    public ImmutableArray<Document> FrontMatter() =>
        new ParseFrontMatter().Execute(new ExtractFrontMatter().Execute(_site.Input<ExtractFrontMatter>(), _site.Context), _site.Context);

    /// <summary>Parse, link resolution and render, one page at a time.</summary>
    [Benchmark]
    public ImmutableArray<Document> MarkdownRender() => new RenderMarkdown().Execute(_site.Input<RenderMarkdown>(), _site.Context);

    [Benchmark]
    public ImmutableArray<Document> LinksCheck() => new CheckLinks().Execute(_site.Input<CheckLinks>(), _site.Context);

    [Benchmark]
    public ImmutableArray<Document> Templates() => new ApplyTemplates().Execute(_site.Input<ApplyTemplates>(), _site.Context);

    [Benchmark]
    public ImmutableArray<Document> Write() => new WriteFiles().Execute(_site.Input<WriteFiles>(), _site.Context);

    /// <summary>Loading the theme and compiling every template: paid once a build, so it is start-up cost.</summary>
    [Benchmark]
    public object ThemeLoad() => _site.NewContext();
}
