using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Pipeline;
using BackGuide.Printing;
using BackGuide.Templates;
using BackGuide.Views;

namespace BackGuide.Steps;

/// <summary>
/// Makes <c>print.html</c> (rendered by ApplyTemplates after every other page): the whole guide as one printable document — a cover, the contents, then every page in
/// reading order (home, then each section's list and pages in the order of its list), links kept inside the document.
/// </summary>
public sealed class GeneratePrintDocument : IStep
{
    public const string OutputPath = "print.html";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents, context.Settings.Menu);
        var parts = Parts(site, context.Settings.Strings).Where(p => p.Pages.Count > 0).ToList();
        if (parts.Count == 0 || !context.Templates.IsUsable)
        {
            return documents;
        }
        var order = parts.SelectMany(p => p.Pages).Select(d => d.OutputPath).ToList();
        var included = order.ToHashSet(StringComparer.Ordinal);
        // Each page's body is rewritten for the document by the thread that rendered it, not all of them at the end.
        context.Bodies.Want(order, (body, outputPath) => InDocumentLinks.Rewrite(body, outputPath, included.Contains));
        var title = context.Settings.Strings["print_title"];
        var view = new PrintView(title, parts.Select(part => new PrintPart(
            part.Title,
            "part-" + (part.Section.Length == 0 ? "home" : part.Section),
            part.Pages.Select(page => new PrintPage(page.Title, InDocumentLinks.AnchorOf(page.OutputPath), page.Kind is PageKind.Home or PageKind.SectionIndex,
                new EmbeddedBody(page.OutputPath, context.Bodies))).ToList())).ToList());
        return documents.Add(new Document
        {
            OutputPath = OutputPath,
            Slug = "print",
            Template = "print",
            Generated = new GeneratedPage(title) { Feature = SiteFeature.Print },
            View = view,
            EmbedsPages = true,
        });
    }

    private static IEnumerable<(string Section, string Title, IReadOnlyList<Document> Pages)> Parts(SiteIndex site, IReadOnlyDictionary<string, string> strings)
    {
        if (site.Home is { Failed: false } home)
        {
            yield return ("", home.Title, [home]);
        }
        foreach (var section in site.Sections)
        {
            var list = site.ByOutput(section + "/index.html");
            var pages = SectionGroups.InListOrder(section, site.InSection(section));
            var all = (list is null ? pages : pages.Prepend(list)).Where(d => !d.Failed && d.Template is not null).ToList();
            yield return (section, list?.Title ?? Sections.TitleOf(section, strings), all);
        }
    }

    /// <summary>
    /// A page's body in the document: the body ApplyTemplates rendered for the page itself (or the page's content alone,
    /// if its template failed), with links and ids rewritten to fit one document. It holds no page, only the way to its
    /// body, so each body can be let go as soon as the document has it.
    /// </summary>
    private sealed class EmbeddedBody(string outputPath, RenderedBodies bodies) : TrustedHtml, IFingerprinted
    {
        public string FingerprintKey => outputPath + "\n" + ToString();

        public override string ToString() => bodies.Find(outputPath) ?? "";
    }
}
