using BackGuide.Tests.Support;
using Xunit.Abstractions;

namespace BackGuide.Tests.Search;

/// <summary>
/// How long a query takes in Chromium on a 4,000-page site. A measurement, not a test: it runs only when
/// BACKGUIDE_BENCHMARK=1 (timings on a shared machine are too noisy to gate a build) and reports the figures.
/// Run it with: BACKGUIDE_BENCHMARK=1 dotnet test --filter "FullyQualifiedName~SearchSpeedBenchmark" --logger "console;verbosity=detailed"
/// </summary>
public sealed class SearchSpeedBenchmark(BrowserSession session, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private static readonly string[] Queries = ["towel stretch", "hamstrng", "pelvic tilit", "lower back pain", "knee to chest", "sit up", "desk", "sleep"];

    [BenchmarkFact]
    public async Task QueryTime_OnFourThousandPages()
    {
        using var site = GeneratedGuide.Write(4000);
        Assert.True(site.Build().Succeeded);
        var page = await session.NewPageAsync();
        await page.GotoAsync(BrowserSession.FileUrl(Path.Combine(site.OutputDirectory, "search.html")));
        await page.EvaluateAsync("BackGuideSearch.search('warm up')"); // loads and parses the index once

        foreach (var query in Queries)
        {
            var times = await page.EvaluateAsync<double[]>(
                """
                async q => {
                  const times = [];
                  for (let i = 0; i < 20; i++) {
                    const start = performance.now();
                    await BackGuideSearch.search(q + (i % 2 ? " " : ""));
                    times.push(performance.now() - start);
                  }
                  return times.sort((a, b) => a - b);
                }
                """, query);
            output.WriteLine($"{query,-18} median {times[times.Length / 2]:F1} ms, slowest {times[^1]:F1} ms");
        }
        var load = await page.EvaluateAsync<double>(
            """
            () => new Promise(resolve => {
              delete window.BackGuideSearchIndex;
              const start = performance.now();
              const tag = document.createElement("script");
              tag.src = "search-index.js?again";
              tag.onload = () => resolve(performance.now() - start);
              document.head.appendChild(tag);
            })
            """);
        output.WriteLine($"loading search-index.js ({new FileInfo(Path.Combine(site.OutputDirectory, "search-index.js")).Length:N0} bytes): {load:F0} ms");
    }
}

/// <summary>A benchmark: runs only when BACKGUIDE_BENCHMARK=1 and Chromium is installed.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("BACKGUIDE_BENCHMARK") != "1")
        {
            Skip = "A benchmark: set BACKGUIDE_BENCHMARK=1 to run it.";
        }
        else if (BrowserSession.SkipReason() is { } reason)
        {
            Skip = reason;
        }
    }
}
