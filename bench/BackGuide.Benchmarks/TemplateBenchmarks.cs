using System.Text;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BackGuide.Templates;
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
    private List<(Document Page, Dictionary<string, object?> Model)> _models = null!;

    [Params(500)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = new StagedSite(Pages);
        _pages = _site.Input<ApplyTemplates>().Where(d => d.Template is not null).ToList();
        var builder = new PageModelBuilder(_site.Context, new SiteIndex(_site.Input<ApplyTemplates>()));
        _models = _pages.Select(p => (p, builder.Build(p))).ToList();
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
        var builder = new PageModelBuilder(_site.Context, new SiteIndex(_site.Input<ApplyTemplates>()));
        return _pages.Sum(p => builder.Build(p).Count);
    }

    [Benchmark]
    public long RenderToStrings()
    {
        long length = 0;
        foreach (var (page, model) in _models)
        {
            model["body"] = _site.Context.Templates.Render(page.Template!, model);
            length += _site.Context.Templates.Render("layout", model).Length;
        }
        return length;
    }

    [Benchmark]
    public long RenderIntoWriter()
    {
        long length = 0;
        foreach (var (page, model) in _models)
        {
            model["body"] = _site.Context.Templates.Render(page.Template!, model);
            // A small buffer, as a step writing files would use: 64K characters would put every writer on the large object heap.
            using var output = new StreamWriter(Stream.Null, Utf8, bufferSize: 4096);
            _site.Context.Templates.Render("layout", model, output);
            length += ((string)model["body"]!).Length;
        }
        return length;
    }
}
