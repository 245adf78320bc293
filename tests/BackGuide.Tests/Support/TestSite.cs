using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BackGuide.Pipeline;

namespace BackGuide.Tests.Support;

/// <summary>A small site written by a test into a temporary folder: add files, build, read what a user gets.</summary>
public sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "backguide-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(InputDirectory);
    }

    public string Root { get; }

    public string InputDirectory => Path.Combine(Root, "input");

    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>Writes a file under the site folder (paths like "input/exercises/bird-dog.md").</summary>
    public TestSite With(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return this;
    }

    public TestSite WithBytes(string path, byte[] content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>A page with the given front matter lines and body.</summary>
    public TestSite WithPage(string path, string frontMatter, string body = "") =>
        With("input/" + path, "---\n" + frontMatter.Trim('\n') + "\n---\n" + body);

    /// <summary>A complete, valid exercise with optional extra or replaced front-matter lines.</summary>
    public TestSite WithExercise(string slug, string title, string extra = "", string body = "Some text.\n") =>
        WithPage("exercises/" + slug + ".md", Exercise(title, extra), body);

    public static string Exercise(string title, string extra = "") =>
        $"""
        title: {title}
        summary: A short summary of {title}.
        category: stretch
        targets: [lower back]
        position: lying
        equipment: []
        difficulty: easy
        dose:
          hold: 15–30 seconds
          reps: 2–4
        steps:
          - Lie on your back.
          - Breathe out slowly.
        cautions:
          - Go gently.
        {extra}
        """;

    /// <param name="output">Where to build, when not this site's own output folder.</param>
    public BuildResult Build(string? theme = null, bool write = true, string? output = null) =>
        new SiteBuilder(new BuildOptions
        {
            InputDirectory = InputDirectory,
            OutputDirectory = output ?? OutputDirectory,
            ThemeDirectory = theme is null ? null : Path.Combine(Root, theme),
            WriteOutput = write,
        }).Build();

    public bool Exists(string outputPath) => File.Exists(Path.Combine(OutputDirectory, outputPath));

    public string Read(string outputPath) => File.ReadAllText(Path.Combine(OutputDirectory, outputPath));

    public IHtmlDocument Html(string outputPath) => Parser.ParseDocument(Read(outputPath));

    /// <summary>Every file of the output folder with its bytes, for comparing whole builds.</summary>
    public SortedDictionary<string, string> Snapshot() => SnapshotOf(OutputDirectory);

    public static SortedDictionary<string, string> SnapshotOf(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file)] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }
        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a browser test may still hold a file open; the temp folder is cleaned by the system
        }
    }
}
