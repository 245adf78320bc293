using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Printing;
using BackGuide.Templates;

namespace BackGuide.Steps;

/// <summary>
/// Makes <c>print.html</c>: the whole guide as one printable document — a cover, the contents, then every page in
/// reading order (home, then each section's list and pages in the order of its list), links kept inside the document.
/// </summary>
public sealed class GeneratePrintDocument : IStep
{
    public const string OutputPath = "print.html";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents);
        var parts = Parts(site).Where(p => p.Pages.Count > 0).ToList();
        if (parts.Count == 0 || !context.Templates.IsUsable)
        {
            return documents;
        }
        var included = parts.SelectMany(p => p.Pages).Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        var models = new PageModelBuilder(context, site);
        var data = new Dictionary<string, object?>
        {
            ["title"] = "The whole guide, to print",
            ["parts"] = parts.Select(part => new Dictionary<string, object?>
            {
                ["title"] = part.Title,
                ["id"] = "part-" + (part.Section.Length == 0 ? "home" : part.Section),
                ["pages"] = part.Pages.Select(page => new Dictionary<string, object?>
                {
                    ["title"] = page.Title,
                    ["id"] = InDocumentLinks.AnchorOf(page.OutputPath),
                    ["opensPart"] = page.Kind is PageKind.Home or PageKind.SectionIndex,
                    ["html"] = InDocumentLinks.Rewrite(Body(page, models, context), page.OutputPath, included.Contains),
                }).ToList(),
            }).ToList(),
        };
        return documents.Add(new Document { OutputPath = OutputPath, Slug = "print", Template = "print", Data = data });
    }

    private static IEnumerable<(string Section, string Title, IReadOnlyList<Document> Pages)> Parts(SiteIndex site)
    {
        if (site.Home is { Failed: false } home)
        {
            yield return ("", home.Title, [home]);
        }
        foreach (var section in site.Sections)
        {
            var list = site.ByOutput(section + "/index.html");
            var pages = GenerateSectionIndexes.GroupsOf(section, site.InSection(section)).SelectMany(g => g);
            var all = (list is null ? pages : pages.Prepend(list)).Where(d => !d.Failed && d.Template is not null).ToList();
            yield return (section, list?.Title ?? Sections.TitleOf(section), all);
        }
    }

    /// <summary>The page's body as its own template renders it; template errors are left for ApplyTemplates to report once.</summary>
    private static string Body(Document page, PageModelBuilder models, BuildContext context)
    {
        if (!context.Templates.Has(page.Template!))
        {
            return page.Html;
        }
        try
        {
            return context.Templates.Render(page.Template!, models.Build(page));
        }
        catch (TemplateException)
        {
            return page.Html;
        }
    }
}
