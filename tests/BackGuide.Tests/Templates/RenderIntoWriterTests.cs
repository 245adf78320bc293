using BackGuide.Diagnostics;
using BackGuide.Templates;
using BackGuide.Tests.Support;

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
    private static string Body(int length) =>
        string.Concat(Enumerable.Range(0, length / 10 + 1).Select(i => $"<p>{i % 10}😀 é</p>\n"))[..length];

    [Theory]
    [InlineData(1)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(40_000)]
    [InlineData(300_000)]
    public void TheWriterForm_WritesWhatTheStringFormReturns(int bodyLength)
    {
        var engine = ScribanTemplateEngine.Load(new Theme([]), new DiagnosticBag());
        var body = Body(bodyLength);
        var model = TemplateModels.Page(body: body);

        var text = engine.Render("layout", model);
        using var writer = new StringWriter();
        engine.Render("layout", model, writer);

        Assert.Equal(text, writer.ToString());
        Assert.Contains("<title>Cat &amp; cow · Back &lt;care&gt;</title>", text, StringComparison.Ordinal);
        Assert.Contains("\n" + body + "\n</main>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingPartial_IsReportedWhereTheTemplateIncludesIt()
    {
        Directory.CreateDirectory(Path.Combine(_themeFolder, "templates"));
        File.WriteAllText(Path.Combine(_themeFolder, "templates", "page.sbn-html"), "<article>\n  <h1>{{ page.title }}</h1>\n{{ include 'nope' }}\n</article>\n");
        var engine = ScribanTemplateEngine.Load(new Theme([_themeFolder]), new DiagnosticBag());

        var error = Assert.Throws<TemplateException>(() => engine.Render("page", TemplateModels.Page(), new StringWriter()));

        Assert.Equal(Path.Combine(_themeFolder, "templates", "page.sbn-html"), error.Location);
        Assert.Equal((3, 4), (error.Line, error.Column));
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateTheThemeLacks_IsNamed()
    {
        var engine = ScribanTemplateEngine.Load(new Theme([]), new DiagnosticBag());

        var error = Assert.Throws<TemplateException>(() => engine.Render("missing", TemplateModels.Page(), new StringWriter()));

        Assert.Contains("templates/missing.sbn-html", error.Message, StringComparison.Ordinal);
    }
}
