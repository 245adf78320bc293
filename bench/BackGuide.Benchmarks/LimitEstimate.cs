using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using BackGuide.Markdown;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Benchmarks;

/// <summary>
/// How close a build is to the least it could cost: the four things any generator must do to a site (read the input,
/// parse and render the Markdown, render the templates, write the output) each measured alone, in process, on the same
/// generated site, then a whole build, and the build as a multiple of their sum. Run with
/// <c>dotnet run -c Release --project bench/BackGuide.Benchmarks -- limit [--pages 4000] [--runs 5]</c>.
/// </summary>
public static class LimitEstimate
{
    public static int Run(string[] args)
    {
        var pages = Option(args, "--pages", 4000);
        var runs = Option(args, "--runs", 5);
        Console.WriteLine($"Generating {pages:N0} pages (seed 8, as bench/run.sh) and building them once…");
        using var site = new StagedSite(pages);
        var input = site.Options.InputDirectory;
        var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var bodies = site.Input<RenderMarkdown>().Where(d => d.Body.Length > 0).Select(d => d.Body).ToArray();
        var outputs = new ConcurrentBag<(string Path, byte[] Bytes)>();

        var read = Measure(runs, () => Parallel.ForEach(files, file => GC.KeepAlive(Encoding.UTF8.GetString(File.ReadAllBytes(file)))));
        var markdown = Measure(runs, () => Parallel.ForEach(bodies, body => GC.KeepAlive(Markdig.Markdown.ToHtml(body, MarkdownPipelineFactory.Shared))));
        var templates = Measure(runs, () =>
        {
            // Every step before it runs untimed on a fresh context, so each run renders as a build does.
            var context = site.NewContext();
            var documents = ImmutableArray<Document>.Empty;
            var steps = BuildPipeline.Default().Steps;
            foreach (var step in steps.TakeWhile(s => s is not ApplyTemplates))
            {
                documents = step.Execute(documents, context);
            }
            return () =>
            {
                outputs.Clear();
                foreach (var done in new ApplyTemplates().Execute(documents, context).Where(d => !d.Output.IsEmpty))
                {
                    outputs.Add((done.OutputPath, done.Output.ToArray()));
                }
            };
        });
        var scratch = Path.Combine(Path.GetTempPath(), "backguide-limit-" + Environment.ProcessId);
        var write = Measure(runs, () =>
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
            return () =>
            {
                var folders = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
                Parallel.ForEach(outputs, file =>
                {
                    var target = Path.Combine(scratch, file.Path);
                    folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => Directory.CreateDirectory(folder).Exists);
                    File.WriteAllBytes(target, file.Bytes);
                });
            };
        });
        Directory.Delete(scratch, recursive: true);
        var build = Measure(runs, () => GC.KeepAlive(new SiteBuilder(site.Options).Build()));
        var sum = (Wall: read.Wall + markdown.Wall + templates.Wall + write.Wall, Cpu: read.Cpu + markdown.Cpu + templates.Cpu + write.Cpu);

        Console.WriteLine();
        Console.WriteLine($"| {pages:N0} pages, median of {runs}, in process | wall (s) | CPU (s) |");
        Console.WriteLine("|---|---:|---:|");
        Row($"read the input ({files.Length:N0} files)", read);
        Row($"parse and render the Markdown ({bodies.Length:N0} bodies, Markdig alone)", markdown);
        Row($"render the templates (ApplyTemplates in memory, {outputs.Count:N0} pages)", templates);
        Row($"write the output ({outputs.Count:N0} files into an empty folder)", write);
        Row("**sum: the limit**", sum);
        Row("whole build (`SiteBuilder.Build`, over its previous output)", build);
        Console.WriteLine($"| **build / limit** | **{build.Wall / sum.Wall:0.00}×** | **{build.Cpu / sum.Cpu:0.00}×** |");
        Console.WriteLine();
        Console.WriteLine($"{Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[..3].Aggregate((a, b) => a + " " + b)}.");
        return 0;
    }

    private static void Row(string what, (double Wall, double Cpu) figures) => Console.WriteLine($"| {what} | {figures.Wall:0.000} | {figures.Cpu:0.000} |");

    private static (double Wall, double Cpu) Measure(int runs, Action work) => Measure(runs, () => work);

    /// <summary>Medians of wall and CPU time of what <paramref name="prepare"/> returns, after one run not counted; the preparing is not timed.</summary>
    private static (double Wall, double Cpu) Measure(int runs, Func<Action> prepare)
    {
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var work = prepare();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            clock.Stop();
            process.Refresh();
            if (run > 0)
            {
                walls.Add(clock.Elapsed.TotalSeconds);
                cpus.Add((process.TotalProcessorTime - cpu).TotalSeconds);
            }
        }
        return (Median(walls), Median(cpus));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
