using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BackGuide.Pipeline;

namespace BackGuide.Tests.Support;

/// <summary>
/// The shipped guide, built once per test run into a temporary folder and shared by every test class that reads it
/// (<see cref="OncePerRun{T}"/>). Take it as a class fixture, <c>IClassFixture&lt;ShippedGuide&gt;</c>, so the classes run
/// in parallel. Tests read it and never change it.
/// </summary>
public sealed class ShippedGuide
{
    private static readonly HtmlParser Parser = new();

    private static readonly OncePerRun<(string Folder, BuildResult Result)> Shared = new(
        () => Task.FromResult(Build()),
        built =>
        {
            Directory.Delete(built.Folder, recursive: true);
            return Task.CompletedTask;
        });

    public ShippedGuide() => (OutputDirectory, Result) = Shared.GetAsync().GetAwaiter().GetResult();

    public string OutputDirectory { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public IHtmlDocument Html(string outputPath) => Parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDirectory, outputPath)));

    private static (string, BuildResult) Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "backguide-tests", "guide-" + Guid.NewGuid().ToString("N"));
        var result = new SiteBuilder(new BuildOptions
        {
            InputDirectory = Repository.Input,
            OutputDirectory = folder,
            ThemeDirectory = Repository.Theme,
        }).Build();
        return (folder, result);
    }
}
