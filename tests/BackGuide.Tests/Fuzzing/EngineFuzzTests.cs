using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Templates;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Fuzzing;

/// <summary>
/// Thousands of random small sites (seeded, so a failure names the seed that reproduces it) through every step of
/// the pipeline, writing nothing: no exception may escape, no page may hit an internal error, and a page that fails
/// always comes with at least one error.
/// </summary>
public sealed class EngineFuzzTests : IDisposable
{
    private const int Sites = 2000;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "backguide-tests", "fuzz-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void RandomFrontMatterAndMarkdown_NeverCrash_AndEveryFailureIsReported()
    {
        var theme = new Theme([]);
        var templates = ScribanTemplateEngine.Load(theme, new DiagnosticBag());
        var pipeline = BuildPipeline.Default();
        var failedBuilds = 0;
        var pages = 0;
        for (var seed = 0; seed < Sites; seed++)
        {
            var input = WriteSite(seed);
            var diagnostics = new DiagnosticBag();
            var options = new BuildOptions { InputDirectory = input, OutputDirectory = Path.Combine(_root, "out"), WriteOutput = false };
            var context = new BuildContext(options, input, options.OutputDirectory, new SiteSettings(), theme, templates, diagnostics);

            var documents = ImmutableArray<Document>.Empty;
            if (Record.Exception(() => documents = pipeline.Run(context)) is { } crash) // the pipeline runs once per site
            {
                throw new InvalidOperationException($"seed {seed}: {crash.GetType().Name}: {crash.Message}\n{Describe(input)}", crash);
            }

            var reported = diagnostics.ToSortedList();
            Assert.True(reported.All(d => d.Code != DiagnosticCodes.InternalError),
                $"seed {seed}: {string.Join('\n', reported.Where(d => d.Code == DiagnosticCodes.InternalError))}\n{Describe(input)}");
            Assert.All(reported, d => Assert.False(d.Message.Contains("   at ", StringComparison.Ordinal), $"seed {seed}: stack trace in {d}"));
            if (documents.Any(d => d.Failed))
            {
                failedBuilds++;
                Assert.True(diagnostics.HasErrors, $"seed {seed}: a page failed with no error reported\n{Describe(input)}");
            }
            if (!diagnostics.HasErrors)
            {
                var html = documents.Where(d => d.Source is not null && d.CopyFrom is null).ToList();
                Assert.All(html, d => Assert.False(d.Output.IsEmpty, $"seed {seed}: {d.OutputPath} built empty\n{Describe(input)}"));
            }
            pages += Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Count();
            Directory.Delete(input, recursive: true);
        }

        // The generator must exercise both sides: sites that build and sites that fail.
        Assert.InRange(failedBuilds, Sites / 10, Sites - (Sites / 20));
        Assert.True(pages > Sites, $"only {pages} pages generated");
    }

    private string WriteSite(int seed)
    {
        var random = new Random(seed);
        var writer = new RandomPageWriter(random);
        var input = Path.Combine(_root, "s" + seed);
        var valid = random.Next(3) == 0;
        var paths = Enumerable.Range(0, random.Next(1, 5)).Select(_ => writer.Path(plain: valid)).Distinct().ToList();
        foreach (var path in paths)
        {
            var full = Path.Combine(input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var page = valid ? writer.ValidPage() : writer.Page(paths);
            File.WriteAllBytes(full, valid ? System.Text.Encoding.UTF8.GetBytes(page)
                : random.Next(30) == 0 ? [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(page)]
                : random.Next(40) == 0 ? [.. System.Text.Encoding.UTF8.GetBytes(page), 0xC3, 0x28]
                : System.Text.Encoding.UTF8.GetBytes(page));
        }
        Directory.CreateDirectory(input);
        return input;
    }

    private static string Describe(string input) =>
        string.Join('\n', Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => $"== {Path.GetRelativePath(input, f)}\n{File.ReadAllText(f)}"));
}
