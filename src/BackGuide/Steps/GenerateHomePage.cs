using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Steps;

/// <summary>
/// Adds a home page, <c>index.html</c>, when the guide has no <c>input/index.md</c>: every page links home, so a
/// guide without one would be full of broken links. It shows the site's title and description and lists every section.
/// </summary>
public sealed class GenerateHomePage : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        if (documents.Any(d => d.Kind == PageKind.Home || d.OutputPath == "index.html"))
        {
            return documents;
        }
        var settings = context.Settings;
        return documents.Add(new Document
        {
            OutputPath = "index.html",
            Kind = PageKind.Home,
            Slug = "index",
            Template = "home",
            Generated = new GeneratedPage(settings.Title) { Description = settings.Description.Length > 0 ? settings.Description : null },
        });
    }
}
