using System.Collections.Immutable;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Steps;

/// <summary>Adds <c>404.html</c>, the page static hosts show for an address that names no file.</summary>
public sealed class GenerateNotFound : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context) =>
        documents.Add(new Document
        {
            OutputPath = "404.html",
            Slug = "404",
            Template = "404",
            Kind = Content.PageKind.NotFound,
            Generated = new GeneratedPage(context.Settings.Strings["not_found_title"]) { InSitemap = false },
        });
}
