using System.Collections.Immutable;
using BackGuide.Pipeline;
using BackGuide.Search;

namespace BackGuide.Steps;

/// <summary>
/// Writes <c>search-index.js</c>: every page not marked <c>search: false</c>, and the avoid index, as an inverted index
/// the theme's <c>assets/search.js</c> loads with a script tag; lines that many pages repeat are left out. Runs after RenderMarkdown, when every page's text is final, and
/// lets go of that text.
/// </summary>
public sealed class GenerateSearchIndex : IStep
{
    public const string OutputPath = "search-index.js";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var searchable = documents.Where(PageFields.IsSearchable).OrderBy(d => d.OutputPath, StringComparer.Ordinal).ToArray();
        var site = new SiteIndex(documents);
        var pages = new SearchablePage[searchable.Length];
        Parallel.For(0, searchable.Length, i => pages[i] = PageFields.Read(searchable[i], site));
        var synonyms = Synonyms.Load(context.Theme, context.Settings.Synonyms, context.Diagnostics);
        var index = SearchIndexBuilder.Build(RepeatedText.Remove(pages), synonyms);
        var script = new Document { OutputPath = OutputPath, Output = SearchIndexScript.Write(index) };
        // The pages' plain text was kept for this index alone: a big site need not hold it any longer.
        return [.. documents.Select(d => d.PlainText.Length > 0 ? d with { PlainText = "" } : d), script];
    }
}
