using System.Collections.Immutable;
using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Steps;

/// <summary>Adds <c>search.html</c>, the results page the search box sends to (<c>search.html?q=words</c>). Its presence turns the search box on.</summary>
public sealed class GenerateSearchPage : IStep
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context) =>
        documents.Add(new Document
        {
            OutputPath = "search.html",
            Slug = "search",
            Template = "search",
            Kind = PageKind.Generated,
            Generated = new GeneratedPage(context.Settings.Strings["search_title"]) { InSitemap = false, Feature = SiteFeature.Search },
        });
}
