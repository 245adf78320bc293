using System.Globalization;
using System.Text.Json;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Preview;

namespace BackGuide.Cli.Preview;

/// <summary>
/// The site preview serves: rebuilt in memory on every change. A good build replaces the served site and reloads the
/// browsers; a failed one keeps the last good site and sends its errors to the browsers' overlay.
/// </summary>
public sealed class LiveSite(BuildOptions options, BrowserEvents events, bool quiet, bool verbose)
{
    private readonly InMemoryBuilder _builder = new();
    private volatile State _state = new(0, SiteSnapshot.Empty, []);

    /// <summary>What is served now: the number of the last good build, its site, and the errors of the latest build (none when it was good).</summary>
    public sealed record State(int Version, SiteSnapshot Site, IReadOnlyList<string> Problems);

    public State Current => _state;

    /// <summary>How many edits were shown by re-rendering the edited page alone (its text changed, nothing else).</summary>
    public int PagesRenderedAlone => _builder.PagesRenderedAlone;

    /// <param name="changedAt">When the change that caused this rebuild was first seen, to report the time to reload.</param>
    /// <param name="changed">The full paths that changed, when known: an edit to one page's text re-renders that page alone.</param>
    public void Rebuild(DateTime? changedAt = null, IReadOnlyCollection<string>? changed = null)
    {
        var reporter = new Reporter(quiet, verbose);
        var next = _state.Version + 1;
        try
        {
            var page = changed is { Count: 1 } ? InputPage(changed.First()) : null;
            var alone = page is null ? null : _builder.RebuildPage(page);
            var (result, site) = alone ?? _builder.Build(options with { BodyEndInjection = ReloadScript.Unstamped }, reporter.Progress);
            if (result.Succeeded)
            {
                Serve(next, site);
            }
            else
            {
                Keep(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
            }
            reporter.Report(result, verb: next == 1 ? "Previewing" : "Rebuilt", failedNote: "The last good site is still served.");
            if (verbose && alone is not null)
            {
                Console.Error.WriteLine($"  input/{page}: only its text changed, so it alone was rendered again, in {result.Elapsed.TotalMilliseconds:0.0} ms; the search index and print document are remade when next asked for");
            }
            else if (verbose)
            {
                var caches = _builder.Caches;
                Console.Error.WriteLine($"  Markdown: {caches.Markdown.Misses} rendered, {caches.Markdown.Hits} reused; pages: {caches.Pages.Rendered} rendered, {caches.Pages.Reused} reused");
            }
        }
        catch (Exception ex)
        {
            // Whatever goes wrong (a file changing under the build, an editor half-way through a save), the server stays up.
            var problem = $"{SourceFile.DisplayPathFor(Path.GetFullPath(options.InputDirectory))}: error: the build stopped: {ex.Message} Save the file again to retry.";
            Keep([problem]);
            Console.Error.WriteLine(problem);
        }
        if (verbose && changedAt is { } first)
        {
            Console.Error.WriteLine($"  {(DateTime.UtcNow - first).TotalMilliseconds:0} ms from the change to the browser's reload signal");
        }
    }

    /// <summary>The path under input/ (with '/') of a changed Markdown file there; null for anything else.</summary>
    private string? InputPage(string fullPath)
    {
        var root = Path.GetFullPath(options.InputDirectory) + Path.DirectorySeparatorChar;
        return fullPath.StartsWith(root, StringComparison.Ordinal) && fullPath.EndsWith(".md", StringComparison.Ordinal)
            ? fullPath[root.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : null;
    }

    private void Serve(int version, SiteSnapshot site)
    {
        if (_state.Problems.Count > 0)
        {
            events.Publish("clear", "");
        }
        _state = new State(version, site, []);
        events.Publish("reload", version.ToString(CultureInfo.InvariantCulture));
    }

    private void Keep(IReadOnlyList<string> problems)
    {
        _state = _state with { Problems = problems };
        events.Publish("problems", ProblemsJson(problems));
    }

    public static string ProblemsJson(IReadOnlyList<string> problems) => JsonSerializer.Serialize(new Dictionary<string, object> { ["errors"] = problems });
}
