using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Templates;
using BackGuide.Views;
using BackGuide.Views.Building;

namespace BackGuide.Steps;

/// <summary>
/// Renders every page through its theme template and the base layout (<c>templates/layout.sbn-html</c>), and writes it
/// into the staging folder at once, so the finished site is never all in memory. A page that embeds other pages' bodies
/// (<see cref="Document.EmbedsPages"/>: the print document) is rendered on a thread of its own beside them, taking each
/// body as it is done (<see cref="RenderedBodies"/>); the pages it embeds are rendered first, in its order.
/// </summary>
public sealed class ApplyTemplates : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Templates.IsUsable)
        {
            return documents;
        }
        var site = new SiteIndex(documents, context.Settings.Menu);
        var models = new PageModelBuilder(context, site, documents);
        var failures = new TemplateFailures();
        var results = documents.ToArray();
        // The cache keeps pages for as long as the compiled templates are the same ones, not the same wrapper.
        context.OutputCache?.BeginBuild(context.Templates is DeferredTemplateEngine deferred ? deferred.Engine : context.Templates);
        bool Renders(Document doc) => doc.Template is not null && !doc.Failed;
        Document RenderOrSkip(Document doc) => Renders(doc) ? Render(doc, models, context, failures) : Skip(doc, context);
        var embedding = Enumerable.Range(0, results.Length).Where(i => results[i].EmbedsPages && Renders(results[i])).ToArray();
        var pages = InEmbeddingOrder(results, context).Where(i => !results[i].EmbedsPages).ToArray();
        if (context.OutputCache is not null || context.Staging is null)
        {
            // The preview compares each model, the embedded bodies included, before rendering: the others come first.
            Parallel.ForEach(pages, i => results[i] = RenderOrSkip(results[i]));
            Parallel.ForEach(embedding, i => results[i] = Render(results[i], models, context, failures));
            failures.Report(context.Diagnostics);
            return ImmutableArray.Create(results);
        }
        // A build renders the print document beside the pages, taking each body as it is done, so bodies do not pile up.
        context.Bodies.Stream();
        var embedders = embedding.Select(i => Task.Factory.StartNew(() => results[i] = Render(results[i], models, context, failures),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), i =>
            {
                try
                {
                    results[i] = RenderOrSkip(results[i]);
                }
                finally
                {
                    context.Bodies.Done(results[i].OutputPath);
                }
            });
        }
        finally
        {
            context.Bodies.CompleteAll();
            foreach (var embedder in embedders)
            {
                embedder.GetAwaiter().GetResult();
            }
        }
        failures.Report(context.Diagnostics);
        return ImmutableArray.Create(results);
    }

    /// <summary>Every document's index, the pages another page embeds first and in the order it shows them, so it never waits long.</summary>
    private static IEnumerable<int> InEmbeddingOrder(Document[] results, BuildContext context)
    {
        var index = new Dictionary<string, int>(results.Length, StringComparer.Ordinal);
        for (var i = 0; i < results.Length; i++)
        {
            index.TryAdd(results[i].OutputPath, i);
        }
        var first = context.Bodies.Order.Where(index.ContainsKey).Select(path => index[path]).ToList();
        var taken = first.ToHashSet();
        return first.Concat(Enumerable.Range(0, results.Length).Where(i => !taken.Contains(i)));
    }

    /// <summary>A page not rendered: a page that embeds it shows its content alone.</summary>
    private static Document Skip(Document doc, BuildContext context)
    {
        context.Bodies.Keep(doc.OutputPath, doc.Html);
        return doc;
    }

    private static Document Render(Document doc, PageModelBuilder models, BuildContext context, TemplateFailures failures)
    {
        if (!context.Templates.Has(doc.Template!))
        {
            context.Bodies.Keep(doc.OutputPath, doc.Html);
            context.Diagnostics.Add(new Diagnostic($"templates/{doc.Template}{ScribanTemplateEngine.Extension}", 0, 0, Severity.Error, DiagnosticCodes.TemplateMissing,
                $"the theme has no template 'templates/{doc.Template}{ScribanTemplateEngine.Extension}', which pages like output/{FirstOfKind(doc)} need. Add it to your theme folder, or remove the override that hides it."));
            return doc with { Failed = true };
        }
        try
        {
            var model = models.Build(doc);
            var cache = context.OutputCache;
            var fingerprint = cache is null ? null : ModelFingerprint.Of(new object?[] { doc.Template, model });
            if (cache?.Find(doc.OutputPath, fingerprint) is var (output, kept))
            {
                context.Bodies.Keep(doc.OutputPath, kept);
                return doc with { Output = output };
            }
            var layout = context.Templates.Has("layout");
            if (doc.EmbedsPages && layout && cache is null
                && TryStage(doc, context, writer => context.Templates.Render("layout", model with { Body = new WrittenHtml(into => context.Templates.Render(doc.Template!, model, into)) }, writer)))
            {
                // A page that embeds others (the print document) is written through, body and all, never held as one string.
                return doc with { Written = true };
            }
            var body = context.Templates.Render(doc.Template!, model);
            context.Bodies.Keep(doc.OutputPath, body);
            var page = model with { Body = TrustedHtml.From(body) };
            void WritePage(TextWriter writer)
            {
                if (layout)
                {
                    context.Templates.Render("layout", page, writer);
                }
                else
                {
                    writer.Write(body);
                }
            }
            if (cache is null && TryStage(doc, context, WritePage))
            {
                return doc with { Written = true };
            }
            var html = Encoding.UTF8.GetBytes(layout ? context.Templates.Render("layout", page) : body);
            cache?.Keep(doc.OutputPath, fingerprint, html, body);
            return doc with { Output = html };
        }
        catch (TemplateException ex)
        {
            context.Bodies.Keep(doc.OutputPath, doc.Html);
            failures.Add(ex, doc.OutputPath);
            return doc with { Failed = true };
        }
    }

    /// <summary>
    /// Writes the page straight into its file in the staging folder, when the build is writing and still clean.
    /// False otherwise, or when the file cannot be written: WriteFiles then tries again and reports a lasting problem once.
    /// </summary>
    private static bool TryStage(Document doc, BuildContext context, Action<TextWriter> write)
    {
        if (context.Staging is not { } staging || context.Diagnostics.HasErrors)
        {
            return false;
        }
        try
        {
            using var writer = staging.OpenText(doc.OutputPath);
            write(writer);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A stable example page for a missing-template error, so it is reported once, not once per page.</summary>
    private static string FirstOfKind(Document doc) => doc.Kind switch
    {
        Content.PageKind.Exercise => "exercises/…",
        Content.PageKind.SelfCare => "self-care/…",
        _ => doc.Template + " pages",
    };

    /// <summary>
    /// Template failures, each reported once however many pages it broke: a mistake in a partial every page includes
    /// is one mistake, at that partial's line and column, not one per page.
    /// </summary>
    private sealed class TemplateFailures
    {
        private readonly ConcurrentBag<(TemplateException Error, string Page)> _failures = [];

        public void Add(TemplateException error, string page) => _failures.Add((error, page));

        public void Report(DiagnosticBag diagnostics)
        {
            foreach (var failure in _failures.GroupBy(f => (f.Error.Location, f.Error.Line, f.Error.Column, f.Error.Message)))
            {
                var pages = failure.Select(f => f.Page).Order(StringComparer.Ordinal).ToList();
                var where = pages.Count == 1 ? $"output/{pages[0]}" : $"{pages.Count} pages, the first output/{pages[0]}";
                diagnostics.Add(new Diagnostic(ScribanTemplateEngine.Display(failure.Key.Location), failure.Key.Line, failure.Key.Column,
                    Severity.Error, DiagnosticCodes.TemplateFailed, $"{failure.Key.Message.TrimEnd('.')} (while rendering {where}). Fix the template in your theme folder."));
            }
        }
    }
}
