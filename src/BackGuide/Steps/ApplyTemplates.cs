using System.Collections.Immutable;
using System.Text;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Templates;

namespace BackGuide.Steps;

/// <summary>Renders every page through its theme template and the base layout (<c>templates/layout.hbs</c>).</summary>
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
        var results = new Document[documents.Length];
        Parallel.For(0, documents.Length, i =>
        {
            var doc = documents[i];
            results[i] = doc.Template is null || doc.Failed ? doc : Render(doc, models, context);
        });
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
            model["body"] = context.Templates.Render(doc.Template!, model);
            var html = context.Templates.Has("layout") ? context.Templates.Render("layout", model) : (string)model["body"]!;
            return doc with { Output = Encoding.UTF8.GetBytes(html) };
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

    /// <summary>A stable example page for a missing-template error, so it is reported once, not once per page.</summary>
    private static string FirstOfKind(Document doc) => doc.Kind switch
    {
        Content.PageKind.Exercise => "exercises/…",
        Content.PageKind.SelfCare => "self-care/…",
        _ => doc.Template + " pages",
    };
}
