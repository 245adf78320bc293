using System.Collections.Immutable;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Preview;

/// <summary>
/// Runs the full build pipeline but keeps the site in memory instead of writing the output folder, so preview can
/// serve it (with its reload script) while <c>output/</c> stays exactly what <c>build</c> wrote. One builder serves
/// a whole preview session, keeping compiled templates between rebuilds, and what the last good build made, so an
/// edit to one page's text is shown by re-rendering that page alone (<see cref="PageBodyEdit"/>). The search index
/// is made when first asked for (<see cref="LazySearchIndex"/>).
/// </summary>
public sealed class InMemoryBuilder(TemplateCache? templates = null)
{
    private readonly TemplateCache _templates = templates ?? new TemplateCache();
    private KeptBuild? _kept;

    /// <summary>Rendered Markdown and finished pages, kept between rebuilds so a rebuild redoes only what a change affects.</summary>
    public BuildCaches Caches { get; } = new();

    /// <summary>How many edits were shown by re-rendering the edited page alone, since the session began.</summary>
    public int PagesRenderedAlone { get; private set; }

    public (BuildResult Result, SiteSnapshot Site) Build(BuildOptions options, IProgress<string>? progress = null)
    {
        var beforeSearch = new CaptureDocuments();
        var beforeTemplates = new CaptureDocuments();
        var built = new CaptureDocuments();
        var steps = BuildPipeline.Default().Steps.Where(s => s is not WriteFiles).SelectMany(step => step switch
        {
            GenerateSearchIndex => [beforeSearch, new DeferSearchIndex()],
            ApplyTemplates => [beforeTemplates, step],
            _ => new[] { step },
        }).Append(built);
        _kept = null;
        var result = new SiteBuilder(options with { WriteOutput = false }, new BuildPipeline(steps), _templates.Load, Caches).Build(progress);
        var site = SiteSnapshot.From(built.Documents);
        if (result.Succeeded && beforeTemplates.Context is { } context)
        {
            site = site.With([new(GenerateSearchIndex.OutputPath, LazySearchIndex.Of(beforeSearch.Documents, context))]);
            _kept = KeptBuild.Of(context, beforeSearch.Documents, beforeTemplates.Documents, result, site);
            _kept?.Prepare();
        }
        return (result, site);
    }

    /// <summary>
    /// Shows an edit to the page read from <paramref name="relativePath"/> (under input/, with '/') by re-rendering it
    /// alone, when only its text changed and the last build was good; null when the whole site must be built.
    /// </summary>
    public (BuildResult Result, SiteSnapshot Site)? RebuildPage(string relativePath)
    {
        if (_kept is null || PageBodyEdit.TryApply(_kept, relativePath) is not { } next)
        {
            return null;
        }
        _kept = next;
        PagesRenderedAlone++;
        return (next.Result, next.Site);
    }

    /// <summary>
    /// In place of <see cref="GenerateSearchIndex"/>, whose file <see cref="LazySearchIndex"/> makes when asked for:
    /// reports what that step would (a bad synonyms list), lets go of the pages' text as it does, and leaves a
    /// placeholder, so an input file of the same name is still reported as a clash.
    /// </summary>
    private sealed class DeferSearchIndex : IStep
    {
        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            Search.Synonyms.Load(context.Theme, context.Settings.Synonyms, context.Diagnostics);
            return [.. documents.Select(d => d.PlainText.Length > 0 ? d with { PlainText = "" } : d), new Document { OutputPath = GenerateSearchIndex.OutputPath }];
        }
    }

    /// <summary>A step that keeps the documents it is given (and the build's context), and passes them on.</summary>
    private sealed class CaptureDocuments : IStep
    {
        public ImmutableArray<Document> Documents { get; private set; } = [];

        public BuildContext? Context { get; private set; }

        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            Documents = documents;
            Context = context;
            return documents;
        }
    }
}
