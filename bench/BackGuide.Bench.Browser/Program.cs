using BackGuide.Bench.Browser;

// dotnet run -c Release --project bench/BackGuide.Bench.Browser -- preview-latency [--pages N] [--edits 20] [--gap 500] [--in-place] [--backguide PATH]
// dotnet run -c Release --project bench/BackGuide.Bench.Browser -- search-speed [--pages 4000] [--backguide PATH]
// See bench/README.md, "Browser measurements".
const string Usage = """
    usage: BackGuide.Bench.Browser <command> [options]
      preview-latency [--pages N] [--edits N] [--gap MS] [--in-place] [--backguide PATH]
          save-to-browser time of `backguide preview` on the shipped guide, or with --pages on a generated
          N-page site (seed 8, as search-speed), editing a plain page in the middle of a section
          (default 20 edits, 500 ms apart)
      search-speed [--pages N] [--backguide PATH]
          time of BackGuideSearch.search in Chromium on a generated N-page site (default 4000), from file://
    --backguide PATH: the published backguide to use (default: bench/work/bin/backguide, published when missing)
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
// Ctrl+C stops between measurements, so the server is stopped and the temporary folder deleted.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupted.IsCancellationRequested; // a second Ctrl+C ends the program at once
    interrupted.Cancel();
};
try
{
    var options = Arguments.Parse(args.AsSpan(1));
    return args[0] switch
    {
        "preview-latency" => await PreviewLatency.RunAsync(options, interrupted.Token),
        "search-speed" => await SearchSpeed.RunAsync(options, interrupted.Token),
        _ => throw new UsageException($"unknown command '{args[0]}'"),
    };
}
catch (UsageException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}\n{Usage}");
    return 2;
}
catch (BenchFailedException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: interrupted.");
    return 130;
}
