using System.Globalization;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;

namespace BackGuide.Cli;

/// <summary>Prints diagnostics in the compiler's form (and as GitHub annotations in Actions), progress, and the summary line.</summary>
public sealed class Reporter(bool quiet, bool verbose)
{
    private static readonly bool InGitHubActions = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
    private static readonly bool Colour = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
    /// <summary>The most diagnostics printed of one code; a hundred thousand broken links print a hundred and a count.</summary>
    public const int PerCodeLimit = 100;

    private static readonly int StepCount = BuildPipeline.Default().Steps.Length;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly System.Diagnostics.Stopwatch _stepClock = new();
    private long _stepAllocated;
    private int _stepNumber;
    private string? _step;
    private bool _progressShown;

    public IProgress<string> Progress => new SyncProgress(step =>
    {
        _stepNumber++;
        if (verbose)
        {
            EndStep();
            _step = step;
            _stepAllocated = GC.GetTotalAllocatedBytes();
            _stepClock.Restart();
        }
        else if (!quiet && !Console.IsErrorRedirected && DateTime.UtcNow - _started > TimeSpan.FromSeconds(1))
        {
            Console.Error.Write($"\r\u001b[2K  [{Math.Min(_stepNumber, StepCount)}/{StepCount}] {step}…");
            _progressShown = true;
        }
    });

    public void Report(BuildResult result, string verb, string failedNote = "The previous output is unchanged.")
    {
        if (verbose)
        {
            EndStep();
            PrintRuntimeFigures();
        }
        if (_progressShown)
        {
            Console.Error.Write("\r\u001b[2K");
        }
        PrintDiagnostics(result.Diagnostics);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")} in {seconds} s. {failedNote}");
            return;
        }
        if (!quiet)
        {
            var warnings = result.WarningCount > 0 ? $", {Count(result.WarningCount, "warning")}" : "";
            Console.WriteLine(result.Written || verb != "Built"
                ? $"{verb} {Count(result.PageCount, "page")}{warnings} in {seconds} s."
                : $"{verb} nothing.");
        }
    }

    /// <summary>Prints diagnostics in the compiler's form (and as GitHub annotations in Actions), at most <see cref="PerCodeLimit"/> of one code.</summary>
    public static void PrintDiagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        var shownPerCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var shown = shownPerCode[diagnostic.Code] = shownPerCode.GetValueOrDefault(diagnostic.Code) + 1;
            if (shown > PerCodeLimit)
            {
                continue;
            }
            var text = diagnostic.ToString();
            if (Colour)
            {
                var colour = diagnostic.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
                text = text.Replace($": {(diagnostic.Severity == Severity.Error ? "error" : "warning")} ",
                    $": {colour}{(diagnostic.Severity == Severity.Error ? "error" : "warning")}\u001b[0m ", StringComparison.Ordinal);
            }
            Console.Error.WriteLine(text);
            if (InGitHubActions)
            {
                Console.WriteLine(diagnostic.ToGitHubAnnotation());
            }
        }
        foreach (var (code, count) in shownPerCode.Where(c => c.Value > PerCodeLimit).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"backguide: {count - PerCodeLimit} more {code} not shown ({count} in all). Fix these and build again to see the rest.");
        }
    }

    /// <summary>In verbose mode, each step is printed as it finishes, with its time, so slow steps stand out.</summary>
    private void EndStep()
    {
        if (_step is not null)
        {
            var ms = _stepClock.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            var allocated = ((GC.GetTotalAllocatedBytes() - _stepAllocated) >> 20).ToString(CultureInfo.InvariantCulture);
            var heap = Math.Max(0, GC.GetTotalMemory(forceFullCollection: false) >> 20).ToString(CultureInfo.InvariantCulture);
            Console.Error.WriteLine($"  {_step,-24} {ms,6} ms  {allocated,5} MiB allocated  {heap,5} MiB heap");
            _step = null;
        }
    }

    /// <summary>What the runtime spent besides the steps' own work: garbage collection and compiling code just in time.</summary>
    private static void PrintRuntimeFigures()
    {
        var process = System.Diagnostics.Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  runtime: {process.TotalProcessorTime.TotalSeconds:0.00} s CPU, {GC.GetTotalAllocatedBytes() >> 20} MiB allocated, "
            + $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2) pausing {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, "
            + $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms, "
            + $"peak working set {process.PeakWorkingSet64 >> 20} MiB"));
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>Reports on the calling thread at once (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
