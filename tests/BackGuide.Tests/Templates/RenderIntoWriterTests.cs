using BackGuide.Diagnostics;
using BackGuide.Templates;

namespace BackGuide.Tests.Templates;

public sealed class RenderIntoWriterTests : IDisposable
{
    private readonly string _themeFolder = Path.Combine(Path.GetTempPath(), "backguide-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_themeFolder))
        {
            Directory.Delete(_themeFolder, recursive: true);
        }
    }

    /// <summary>A body longer than a chunk, with text that must be encoded and characters outside the BMP.</summary>
    private static Dictionary<string, object?> LayoutModel(int bodyLength)
    {
        var body = string.Concat(Enumerable.Range(0, bodyLength / 10 + 1).Select(i => $"<p>{i % 10}😀 é</p>\n"))[..bodyLength];
        return new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?> { ["title"] = "Back <care>", ["language"] = "en" },
            ["page"] = new Dictionary<string, object?> { ["title"] = "Cat & cow", ["kind"] = "page" },
            ["root"] = "../",
            ["nav"] = new List<Dictionary<string, object?>> { new() { ["title"] = "Home", ["url"] = "../index.html" } },
            ["body"] = body,
        };
    }

    [Theory]
    [InlineData(0)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(40_000)]
    [InlineData(300_000)]
    public void TheWriterForm_WritesWhatTheStringFormReturns(int bodyLength)
    {
        var engine = HandlebarsTemplateEngine.Load(new Theme([]), new DiagnosticBag());
        var model = LayoutModel(bodyLength);

        var text = engine.Render("layout", model);
        using var writer = new StringWriter();
        engine.Render("layout", model, writer);

        Assert.Equal(text, writer.ToString());
        Assert.Contains("<title>Cat &amp; cow · Back &lt;care&gt;</title>", text, StringComparison.Ordinal);
        Assert.Contains("\n" + model["body"] + "\n</main>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriterForm_ReportsAMissingPartialWhereTheTemplateIncludesIt()
    {
        Directory.CreateDirectory(Path.Combine(_themeFolder, "templates"));
        File.WriteAllText(Path.Combine(_themeFolder, "templates", "page.hbs"), "<article>\n  <h1>{{page.title}}</h1>\n{{> nope}}\n</article>\n");
        var engine = HandlebarsTemplateEngine.Load(new Theme([_themeFolder]), new DiagnosticBag());

        var error = Assert.Throws<TemplateException>(() => engine.Render("page", LayoutModel(10), new StringWriter()));

        Assert.Equal(Path.Combine(_themeFolder, "templates", "page.hbs"), error.Location);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("no partial 'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWriterForm_ReportsATemplateTheThemeLacks()
    {
        var engine = HandlebarsTemplateEngine.Load(new Theme([]), new DiagnosticBag());

        var error = Assert.Throws<TemplateException>(() => engine.Render("missing", LayoutModel(10), new StringWriter()));

        Assert.Contains("templates/missing.hbs", error.Message, StringComparison.Ordinal);
    }
}
