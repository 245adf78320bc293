using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Navigation;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Printing;
using BackGuide.Templates;
using BackGuide.Views;

namespace BackGuide.Steps;

/// <summary>
/// Makes <c>print.html</c> (rendered by ApplyTemplates beside every other page): the whole guide as one printable document — a cover, the contents, then every page in
/// reading order (home, then each section's list and pages in the order of its list, and each top-level page, in the
/// menu's order), links kept inside the document.
/// <para>
/// A large site (<see cref="SiteIndex.IsLarge"/>) is too long to print at once: <c>print.html</c> then lists one document
/// per section (<c>print/exercises.html</c>, and <c>print/home.html</c> for home and the top-level pages), each split
/// into volumes of at most <see cref="SiteIndex.LargeSitePages"/> pages (<c>print/exercises-2.html</c>), so no file grows with the site.
/// </para>
/// </summary>
public sealed class GeneratePrintDocument : IStep
{
    public const string OutputPath = "print.html";

    /// <summary>The folder of a large site's print documents.</summary>
    public const string Folder = "print";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var site = new SiteIndex(documents, context.Settings.Menu);
        var strings = context.Settings.Strings;
        var parts = Parts(site, strings).Where(p => p.Pages.Count > 0).ToList();
        if (parts.Count == 0 || !context.Templates.IsUsable)
        {
            return documents;
        }
        var title = strings["print_title"];
        if (!site.IsLarge)
        {
            WantBodies([(OutputPath, parts)], context);
            return documents.Add(Embedding(OutputPath, title, new PrintView(title, Views(parts, context)), SiteFeature.Print));
        }
        var volumes = Volumes(parts, strings).ToList();
        WantBodies(volumes.Select(v => (v.Path, v.Parts)), context);
        var result = documents.ToBuilder();
        result.Add(new Document
        {
            OutputPath = OutputPath,
            Slug = "print",
            Template = "print",
            Generated = new GeneratedPage(title) { Feature = SiteFeature.Print },
            View = new PrintView(title, [])
            {
                Documents = volumes.Select(v => new PrintDocumentLink(v.Title, RelativeUrl.Between(OutputPath, v.Path),
                    ThemeStrings.Count(strings, context.Settings.Language, "page_count", v.Parts.Sum(p => p.Pages.Count)))).ToList(),
            },
        });
        foreach (var volume in volumes)
        {
            var volumeTitle = strings["print_part_title"].Replace("{part}", volume.Title, StringComparison.Ordinal);
            result.Add(Embedding(volume.Path, volumeTitle, new PrintView(volumeTitle, Views(volume.Parts, context)) { Part = volume.Title }, SiteFeature.None));
        }
        return result.ToImmutable();
    }

    private static Document Embedding(string path, string title, PrintView view, SiteFeature feature) => new()
    {
        OutputPath = path,
        Slug = Path.GetFileNameWithoutExtension(path),
        Template = "print",
        Generated = new GeneratedPage(title) { Feature = feature },
        View = view,
        EmbedsPages = true,
    };

    /// <summary>
    /// Asks for the body of every page the documents hold, each rewritten to fit its document: links to pages the same
    /// document holds become anchors, links to others lead from the document to the page itself.
    /// </summary>
    private static void WantBodies(IEnumerable<(string Path, IReadOnlyList<Part> Parts)> printDocuments, BuildContext context)
    {
        var documentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, parts) in printDocuments)
        {
            foreach (var page in parts.SelectMany(p => p.Pages))
            {
                documentOf.TryAdd(page.OutputPath, path);
            }
        }
        // Each page's body is rewritten for its document by the thread that rendered it, not all of them at the end.
        context.Bodies.Want(documentOf.Keys, (body, outputPath) =>
        {
            var document = documentOf[outputPath];
            return InDocumentLinks.Rewrite(body, outputPath, document, target => documentOf.TryGetValue(target, out var other) && other == document);
        });
    }

    private static List<PrintPart> Views(IReadOnlyList<Part> parts, BuildContext context) =>
        parts.Select(part => new PrintPart(
            part.Title,
            part.Id,
            part.Pages.Select(page => new PrintPage(page.Title, InDocumentLinks.AnchorOf(page.OutputPath), OpensPart(part, page),
                new EmbeddedBody(page.OutputPath, context.Bodies))).ToList()) { Start = part.Start }).ToList();

    /// <summary>True for the page that opens its part, numbered as the part: a section's list, home, or a top-level page.</summary>
    private static bool OpensPart(Part part, Document page) => page.Kind is PageKind.Home or PageKind.SectionIndex || part.Section.Length == 0;

    /// <summary>A part of the guide: a section (with its list page first), home, or a page at the top of input/.</summary>
    private sealed record Part(string Section, string Title, string Id, List<Document> Pages)
    {
        /// <summary>How many of its pages earlier volumes hold (their numbers), when the part is cut into volumes.</summary>
        public int Start { get; init; }
    }

    /// <summary>One of a large site's documents: where it goes, what it is called, and its parts.</summary>
    private sealed record Volume(string Path, string Title, IReadOnlyList<Part> Parts);

    private static IEnumerable<Part> Parts(SiteIndex site, IReadOnlyDictionary<string, string> strings)
    {
        if (site.Home is { Failed: false } home)
        {
            yield return new Part("", home.Title, "part-home", [home]);
        }
        foreach (var entry in site.TopLevel)
        {
            if (entry.Page is { } page)
            {
                // A page at the top of input/ is a part of its own, as it is an entry of its own in the menu.
                yield return new Part("", page.Title, "part-page-" + page.Slug, page.Failed || page.Template is null ? [] : [page]);
                continue;
            }
            var section = entry.Section;
            var list = site.ByOutput(section + "/index.html");
            var pages = SectionGroups.InListOrder(section, site.InSection(section));
            var all = (list is null ? pages : pages.Prepend(list)).Where(d => !d.Failed && d.Template is not null).ToList();
            yield return new Part(section, list?.Title ?? Sections.TitleOf(section, strings), "part-" + section, all);
        }
    }

    /// <summary>
    /// A large site's documents: home and the top-level pages, then each section, in reading order; each cut into
    /// as few volumes of even size as hold at most <see cref="SiteIndex.LargeSitePages"/> pages each.
    /// </summary>
    private static IEnumerable<Volume> Volumes(IReadOnlyList<Part> parts, IReadOnlyDictionary<string, string> strings)
    {
        var topLevel = parts.Where(p => p.Section.Length == 0).ToList();
        var groups = parts.Where(p => p.Section.Length > 0).Select(p => (Name: p.Section, Title: p.Title, Parts: (IReadOnlyList<Part>)[p]));
        if (topLevel.Count > 0)
        {
            groups = groups.Prepend(("home", topLevel[0].Title, topLevel));
        }
        foreach (var (name, title, groupParts) in groups)
        {
            var pages = groupParts.SelectMany(part => part.Pages.Select(page => (Part: part, Page: page))).ToList();
            // Volumes of even size (402 pages: three of 134, not 200, 200 and 2).
            var count = (pages.Count + SiteIndex.LargeSitePages - 1) / SiteIndex.LargeSitePages;
            var chunks = pages.Chunk(Math.Max(1, (pages.Count + count - 1) / Math.Max(1, count))).ToList();
            for (var i = 0; i < chunks.Count; i++)
            {
                var volumeTitle = chunks.Count == 1 ? title : strings["print_volume"]
                    .Replace("{part}", title, StringComparison.Ordinal)
                    .Replace("{number}", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{count}", chunks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
                // A part carried on from the volume before numbers on from its pages there (Notes 2 of 2 starts at 1.116).
                var before = chunks.Take(i).SelectMany(c => c);
                var volumeParts = chunks[i].GroupBy(x => x.Part).Select(g => g.Key with
                {
                    Pages = g.Select(x => x.Page).ToList(),
                    Start = before.Count(x => x.Part == g.Key && !OpensPart(g.Key, x.Page)),
                }).ToList();
                yield return new Volume($"{Folder}/{name}{(i == 0 ? "" : "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}.html", volumeTitle, volumeParts);
            }
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
