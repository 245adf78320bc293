using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BackGuide.Bench.Generator;
using Microsoft.Playwright;

namespace BackGuide.Bench.Browser;

/// <summary>
/// <c>preview-latency</c>: how long a save takes to show in the browser under <c>backguide preview</c>. Serves a copy of
/// the shipped guide (or, with --pages N, a generated N-page site), opens one of its pages in Chromium, and repeatedly
/// saves the page's Markdown with a new marker paragraph, timing from just before the save to the moment the reloaded
/// page holds the marker.
/// </summary>
public static partial class PreviewLatency
{
    private const string Exercise = "exercises/bird-dog";

    /// <summary>The seed search-speed and bench/run.sh generate with, so the sites are the same pages.</summary>
    private const int Seed = 8;

    /// <summary>The generated site's section whose middle page is edited: plain pages, the most common kind.</summary>
    private const string EditedSection = "guide";

    /// <summary>
    /// Runs in every page the tab loads: when its DOM is complete, notes the time and the time the page's load began
    /// (Unix ms, the same clock as <see cref="DateTime.UtcNow"/>), and the markers the page shows.
    /// </summary>
    private const string NoteWhenShown = """
        addEventListener('DOMContentLoaded', () => {
          window.__benchShown = {
            at: performance.timeOrigin + performance.now(),
            began: performance.timeOrigin,
            markers: document.body.textContent.match(/bgbench-[0-9a-z-]+/g) || [],
          };
        });
        """;

    /// <summary>Polled in the page until the marker is shown; gives what <see cref="NoteWhenShown"/> noted.</summary>
    private const string Shown = "m => { const s = window.__benchShown; return s && s.markers.includes(m) ? s : null; }";

    [GeneratedRegex(@"^\s*(\d+) ms from the change to the browser's reload signal")]
    private static partial Regex ReloadSignal();

    [GeneratedRegex(@"^Rebuilt (\d+) pages in ([\d.]+) s")]
    private static partial Regex Rebuilt();

    public static async Task<int> RunAsync(Arguments options, CancellationToken interrupted)
    {
        var edits = options.Number("--edits", 20);
        var gap = TimeSpan.FromMilliseconds(options.Number("--gap", 500, minimum: 0));
        var inPlace = options.Has("--in-place");
        var pages = options.Has("--pages") ? options.Number("--pages", 0, minimum: 20) : (int?)null;
        var backguide = await PublishedBackguide.FindOrPublishAsync(options);

        using var folder = new TempFolder("preview");
        var (site, page) = pages is { } count ? Generate(folder.Path, count) : CopyShippedGuide(folder.Path);
        interrupted.ThrowIfCancellationRequested();
        var markdown = Path.Combine(site, "input", page + ".md");
        var original = File.ReadAllText(markdown);
        // A big site's first build takes a while (minutes at 10,000 pages on a busy machine); the start-up is not what is measured.
        await using var server = await PreviewServer.StartAsync(backguide, site, TimeSpan.FromSeconds(60 + (pages ?? 0) / 20));
        await using var chromium = await Chromium.LaunchAsync();
        var tab = await chromium.NewPageAsync();
        await tab.AddInitScriptAsync(NoteWhenShown);
        var url = new Uri(server.Address, page + ".html").AbsoluteUri;
        if (await tab.GotoAsync(url) is not { Ok: true })
        {
            throw new BenchFailedException($"{url} did not load.");
        }
        await Task.Delay(gap, interrupted); // lets the page connect to the reload stream

        var how = inPlace ? "overwritten in place" : "saved as a new file renamed over it";
        Console.WriteLine($"preview-latency: {server.Lines.FirstOrDefault(l => l.StartsWith("Previewing", StringComparison.Ordinal))} {url}");
        Console.WriteLine($"{edits} edits of input/{page}.md ({how}), {gap.TotalMilliseconds:0} ms apart; {Machine.Load()}");
        // A whole rebuild of a big site can take many seconds; a page must show before then, or the bench stops.
        var wait = TimeSpan.FromSeconds(15 + (pages ?? 0) / 100);
        var cold = await EditAsync(tab, server, markdown, original, "bgbench-0-warmup", inPlace, wait);
        Console.WriteLine($"  warm-up edit (not counted): {cold.Shown:F0} ms in the page, {cold.Seen:F0} ms seen by the bench");
        await Task.Delay(gap, interrupted);
        server.ClearLines();

        var timings = new List<EditTimes>();
        for (var i = 1; i <= edits; i++)
        {
            interrupted.ThrowIfCancellationRequested();
            var marker = $"bgbench-{i}-{Guid.NewGuid().ToString("N")[..8]}";
            var edit = await EditAsync(tab, server, markdown, original, marker, inPlace, wait);
            timings.Add(edit);
            Console.WriteLine($"  edit {i,3}: shown after {edit.Shown,5:F0} ms (reload began at {edit.ReloadBegan,5:F0} ms), seen by the bench after {edit.Seen,5:F0} ms");
            await Task.Delay(gap, interrupted);
        }

        var lines = server.Lines;
        var signals = lines.Select(l => ReloadSignal().Match(l)).Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var rebuilds = lines.Select(l => Rebuilt().Match(l)).Where(m => m.Success).Select(m => 1000 * double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        Console.WriteLine();
        Console.WriteLine($"Save to marker shown (reloaded page's DOMContentLoaded): {Percentiles.Of(timings.Select(t => t.Shown)).Format()}");
        Console.WriteLine($"  of which save to the reload beginning:               {Percentiles.Of(timings.Select(t => t.ReloadBegan)).Format()}");
        Console.WriteLine($"  and the reload itself (begin to DOMContentLoaded):   {Percentiles.Of(timings.Select(t => t.Shown - t.ReloadBegan)).Format()}");
        Console.WriteLine($"Save to marker seen by the bench (Playwright, polling every 5 ms): {Percentiles.Of(timings.Select(t => t.Seen)).Format()}");
        Console.WriteLine($"Server, first change seen to reload signal (--verbose): {Percentiles.Of(signals).Format()}");
        Console.WriteLine($"Server, rebuild (\"Rebuilt N pages in X s\", 10 ms steps): {Percentiles.Of(rebuilds).Format()}");
        Console.WriteLine($"Finished; {Machine.Load()}");
        return 0;
    }

    /// <summary>The shipped guide copied into <paramref name="folder"/>, and its page to edit.</summary>
    private static (string Site, string Page) CopyShippedGuide(string folder)
    {
        FolderCopy.Copy(Repository.Input, Path.Combine(folder, "input"));
        return (folder, Exercise);
    }

    /// <summary>An N-page site generated into <paramref name="folder"/> (its backguide/ holds input/), and a plain page in the middle of a section.</summary>
    private static (string Site, string Page) Generate(string folder, int pages)
    {
        Console.WriteLine($"preview-latency: generating {pages} pages (bench/BackGuide.Bench.Generator, seed {Seed})…");
        var plan = SitePlan.Create(pages, Seed);
        new SiteWriter(plan, Seed).Write(folder);
        var section = plan.BySection[EditedSection];
        var middle = section[section.Count / 2];
        return (Path.Combine(folder, "backguide"), middle.Section + "/" + middle.Slug);
    }

    /// <summary>Saves the page with the marker appended to its original text, and waits until the browser shows it.</summary>
    private static async Task<EditTimes> EditAsync(IPage tab, PreviewServer server, string file, string original, string marker, bool inPlace, TimeSpan wait)
    {
        var text = original.TrimEnd('\n') + $"\n\nBench marker {marker}.\n";
        var before = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        var clock = Stopwatch.StartNew();
        Save(file, text, inPlace);
        IJSHandle shown;
        try
        {
            shown = await tab.WaitForFunctionAsync(Shown, marker, new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = (float)wait.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            throw new BenchFailedException($"the page did not show {marker} within {wait.TotalSeconds:0} s of the save. The server printed:\n  " + string.Join("\n  ", server.Lines.TakeLast(30)));
        }
        var seen = clock.Elapsed.TotalMilliseconds;
        var page = await shown.JsonValueAsync<ShownInPage>();
        return new EditTimes(page.At - before, page.Began - before, seen);
    }

    /// <summary>What the page noted: when its DOM was complete and when its load began (Unix ms).</summary>
    private sealed class ShownInPage
    {
        public double At { get; init; }

        public double Began { get; init; }
    }

    /// <summary>Milliseconds from just before the save: to the marker shown and to the reload beginning (page's clock), and to the bench seeing it.</summary>
    private sealed record EditTimes(double Shown, double ReloadBegan, double Seen);

    /// <summary>
    /// Saves as editors do: by default like Vim, Emacs and JetBrains IDEs (write a hidden file beside it, rename it
    /// over the page); with --in-place like VS Code (truncate the file and write it).
    /// </summary>
    private static void Save(string file, string text, bool inPlace)
    {
        if (inPlace)
        {
            File.WriteAllText(file, text);
            return;
        }
        var temporary = Path.Combine(Path.GetDirectoryName(file)!, "." + Path.GetFileName(file) + ".bench-save");
        File.WriteAllText(temporary, text);
        File.Move(temporary, file, overwrite: true);
    }
}
