using System.Collections.Immutable;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Templates;

namespace BackGuide.Steps;

/// <summary>
/// Renders every page through its theme template and the base layout (<c>templates/layout.hbs</c>), and writes it
/// into the staging folder at once, so the finished site is never all in memory. Pages that embed other pages' bodies
/// (<see cref="Document.EmbedsPages"/>: the print document) render last, from the bodies the others left.
/// </summary>
public sealed class ApplyTemplates : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Templates.IsUsable)
        {
            return documents;
        }
        var site = new SiteIndex(documents);
        var models = new PageModelBuilder(context, site);
        var results = documents.ToArray();
        // The cache keeps pages for as long as the compiled templates are the same ones, not the same wrapper.
        context.OutputCache?.BeginBuild(context.Templates is DeferredTemplateEngine deferred ? deferred.Engine : context.Templates);
        foreach (var embeds in new[] { false, true })
        {
            Parallel.For(0, results.Length, i =>
            {
                var doc = results[i];
                if (doc.Template is not null && !doc.Failed && doc.EmbedsPages == embeds)
                {
                    results[i] = Render(doc, models, context);
                }
            });
        }
        return ImmutableArray.Create(results);
    }

    private static Document Render(Document doc, PageModelBuilder models, BuildContext context)
    {
        if (!context.Templates.Has(doc.Template!))
        {
            context.Diagnostics.Add(new Diagnostic($"templates/{doc.Template}.hbs", 0, 0, Severity.Error, DiagnosticCodes.TemplateMissing,
                $"the theme has no template 'templates/{doc.Template}.hbs', which pages like output/{FirstOfKind(doc)} need. Add it to your theme folder, or remove the override that hides it."));
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
            var body = context.Templates.Render(doc.Template!, model);
            context.Bodies.Keep(doc.OutputPath, body);
            model["body"] = body;
            var layout = context.Templates.Has("layout");
            void WritePage(TextWriter writer)
            {
                if (layout)
                {
                    context.Templates.Render("layout", model, writer);
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
            var html = Encoding.UTF8.GetBytes(layout ? context.Templates.Render("layout", model) : body);
            cache?.Keep(doc.OutputPath, fingerprint, html, body);
            return doc with { Output = html };
        }
        catch (TemplateException ex)
        {
            var location = ex.Location.StartsWith('(') ? ex.Location : SourceFile.DisplayPathFor(ex.Location);
            context.Diagnostics.Add(new Diagnostic(location, ex.Line, ex.Column, Severity.Error, DiagnosticCodes.TemplateFailed, ex.MentionsPage
                ? $"{ex.Message} (while rendering output/{doc.OutputPath}). Add or fix the template in your theme folder."
                : ex.Message));
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
}
