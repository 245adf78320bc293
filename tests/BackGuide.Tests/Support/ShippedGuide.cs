using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BackGuide.Pipeline;

namespace BackGuide.Tests.Support;

/// <summary>The shipped guide built once per test run into a temporary folder, shared by the tests that read it.</summary>
public sealed class ShippedGuide : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public ShippedGuide()
    {
        OutputDirectory = Path.Combine(Path.GetTempPath(), "backguide-tests", "guide-" + Guid.NewGuid().ToString("N"));
        Result = new SiteBuilder(new BuildOptions
        {
            InputDirectory = Repository.Input,
            OutputDirectory = OutputDirectory,
            ThemeDirectory = Repository.Theme,
        }).Build();
    }

    public string OutputDirectory { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public IHtmlDocument Html(string outputPath) => Parser.ParseDocument(File.ReadAllText(Path.Combine(OutputDirectory, outputPath)));

    public void Dispose()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ShippedGuideGroup : ICollectionFixture<ShippedGuide>
{
    public const string Name = "shipped guide";
}
