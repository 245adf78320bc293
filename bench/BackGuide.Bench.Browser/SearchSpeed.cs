using System.Diagnostics;
using BackGuide.Bench.Generator;

namespace BackGuide.Bench.Browser;

/// <summary>
/// <c>search-speed</c>: how long a query takes in Chromium on a big site. Generates an N-page site (the pages
/// bench/run.sh builds), builds it with the published backguide, opens <c>search.html</c> from file:// and times
/// <c>BackGuideSearch.search</c> in the page, then the loading of the search index.
/// </summary>
public static class SearchSpeed
{
    private const int Seed = 8;
    private const int RunsPerQuery = 20;
    private const int IndexLoads = 5;
    private static readonly string[] Queries = ["towel stretch", "hamstrng", "pelvic tilit", "lower back pain", "knee to chest", "sit up", "desk", "sleep"];

    /// <summary>Times one query RunsPerQuery times (every other run with a trailing space, so no answer is reused); gives the sorted times and the number of results.</summary>
    private const string TimeQuery = """
        async ([q, runs]) => {
          const times = [];
          let found = 0;
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            const results = await BackGuideSearch.search(q + (i % 2 ? " " : ""));
            times.push(performance.now() - start);
            found = results.length;
          }
          return { times: times.sort((a, b) => a - b), found };
        }
        """;

    /// <summary>Loads search-index.js again by a new script element, and gives the time until it has run.</summary>
    private const string LoadIndex = """
        n => new Promise((resolve, reject) => {
          delete window.BackGuideSearchIndex;
          const start = performance.now();
          const tag = document.createElement("script");
          tag.src = "search-index.js?again" + n;
          tag.onload = () => resolve(performance.now() - start);
          tag.onerror = () => reject(new Error("search-index.js did not load"));
          document.head.appendChild(tag);
        })
        """;

    public static async Task<int> RunAsync(Arguments options, CancellationToken interrupted)
    {
        var pages = options.Number("--pages", 4000, minimum: 20);
        var backguide = await PublishedBackguide.FindOrPublishAsync(options);
        using var folder = new TempFolder("search");
        Console.WriteLine($"search-speed: generating {pages} pages (bench/BackGuide.Bench.Generator, seed {Seed})…");
        new SiteWriter(SitePlan.Create(pages, Seed), Seed).Write(folder.Path);
        interrupted.ThrowIfCancellationRequested();
        var site = Path.Combine(folder.Path, "backguide");
        var built = await BuildAsync(backguide, site);
        Console.WriteLine(built);
        interrupted.ThrowIfCancellationRequested();

        var output = Path.Combine(site, "output");
        var index = new FileInfo(Path.Combine(output, "search-index.js"));
        await using var chromium = await Chromium.LaunchAsync();
        var tab = await chromium.NewPageAsync();
        await tab.GotoAsync(Chromium.FileUrl(Path.Combine(output, "search.html")));
        var load = Stopwatch.StartNew();
        await tab.EvaluateAsync("BackGuideSearch.search('warm up')"); // loads and parses the index once
        Console.WriteLine($"First search, including loading the index: {load.Elapsed.TotalMilliseconds:F0} ms; {Machine.Load()}");
        Console.WriteLine($"{RunsPerQuery} runs of each query:");
        foreach (var query in Queries)
        {
            interrupted.ThrowIfCancellationRequested();
            var timed = await tab.EvaluateAsync<QueryTimes>(TimeQuery, new object[] { query, RunsPerQuery });
            Console.WriteLine($"  {query,-16} median {timed.Times[timed.Times.Length / 2],6:F1} ms, slowest {timed.Times[^1],6:F1} ms  ({timed.Found} results)");
        }
        var loads = new List<double>();
        for (var i = 0; i < IndexLoads; i++)
        {
            loads.Add(await tab.EvaluateAsync<double>(LoadIndex, i));
        }
        Console.WriteLine($"Loading search-index.js ({index.Length:N0} bytes) by a script element, {IndexLoads} times: {Percentiles.Of(loads).Format()}");
        Console.WriteLine($"Finished; {Machine.Load()}");
        return 0;
    }

    /// <summary>Runs <c>backguide build --quiet</c> in the site's folder; gives a line saying how long it took.</summary>
    private static async Task<string> BuildAsync(string backguide, string site)
    {
        var start = new ProcessStartInfo(backguide) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add("--quiet");
        start.Environment["NO_COLOR"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchFailedException($"could not start {backguide}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new BenchFailedException($"backguide build failed (exit code {process.ExitCode}):\n{await stdout}{await stderr}");
        }
        return $"Built with {backguide} in {clock.Elapsed.TotalSeconds:F1} s.";
    }

    /// <summary>What <see cref="TimeQuery"/> gives back.</summary>
    private sealed class QueryTimes
    {
        public double[] Times { get; init; } = [];

        public int Found { get; init; }
    }
}
