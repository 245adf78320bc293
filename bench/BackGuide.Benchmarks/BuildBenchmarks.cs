using BackGuide.Pipeline;
using BenchmarkDotNet.Attributes;

namespace BackGuide.Benchmarks;

/// <summary>A whole build in process (no start-up), to see how the time grows with the number of pages.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks : IDisposable
{
    private StagedSite _site = null!;

    [Params(250, 1000)]
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
    public BuildResult Build() => new SiteBuilder(_site.Options).Build();
}
