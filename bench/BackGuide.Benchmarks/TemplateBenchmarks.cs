using System.Text;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BackGuide.Templates;
using BackGuide.Views;
using BackGuide.Views.Building;
using BenchmarkDotNet.Attributes;

namespace BackGuide.Benchmarks;

/// <summary>
/// The parts of templating, timed apart on the pages ApplyTemplates receives: building every page's model, and
/// rendering every page into strings (as ApplyTemplates does) or through a writer (as a step streaming to files would).
/// </summary>
[MemoryDiagnoser]
public class TemplateBenchmarks : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private StagedSite _site = null!;
    private List<Document> _pages = null!;
    private List<(Document Page, PageModel Model)> _models = null!;

    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = new StagedSite(Pages);
        _pages = _site.Input<ApplyTemplates>().Where(d => d.Template is not null).ToList();
        _models = _pages.Select(p => (p, NewBuilder().Build(p))).ToList();
    }

    private PageModelBuilder NewBuilder()
    {
        var documents = _site.Input<ApplyTemplates>();
        return new PageModelBuilder(_site.Context, new SiteIndex(documents, _site.Context.Settings.Menu), documents);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _site?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Models()
    {
        var builder = NewBuilder();
        return _pages.Count(p => builder.Build(p) is not null);
    }

    [Benchmark]
    public long RenderToStrings()
    {
        long length = 0;
        foreach (var (page, model) in _models)
        {
            var body = _site.Context.Templates.Render(page.Template!, model);
            length += _site.Context.Templates.Render("layout", model with { Body = TrustedHtml.From(body) }).Length;
        }
        return length;
    }

    [Benchmark]
    public long RenderIntoWriter()
    {
        long length = 0;
        foreach (var (page, model) in _models)
        {
            var body = _site.Context.Templates.Render(page.Template!, model);
            // A small buffer, as a step writing files would use: 64K characters would put every writer on the large object heap.
            using var output = new StreamWriter(Stream.Null, Utf8, bufferSize: 4096);
            _site.Context.Templates.Render("layout", model with { Body = TrustedHtml.From(body) }, output);
            length += body.Length;
        }
        return length;
    }
}
