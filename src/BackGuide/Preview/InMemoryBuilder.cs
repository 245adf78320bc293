using System.Collections.Immutable;
using BackGuide.Pipeline;
using BackGuide.Steps;

namespace BackGuide.Preview;

/// <summary>
/// Runs the full build pipeline but keeps the site in memory instead of writing the output folder, so preview can
/// serve it (with its reload script) while <c>output/</c> stays exactly what <c>build</c> wrote. One builder serves
/// a whole preview session, keeping compiled templates between rebuilds.
/// </summary>
public sealed class InMemoryBuilder(TemplateCache? templates = null)
{
    private readonly TemplateCache _templates = templates ?? new TemplateCache();

    /// <summary>Rendered Markdown and finished pages, kept between rebuilds so a rebuild redoes only what a change affects.</summary>
    public BuildCaches Caches { get; } = new();

    public (BuildResult Result, SiteSnapshot Site) Build(BuildOptions options, IProgress<string>? progress = null)
    {
        var capture = new CaptureDocuments();
        var steps = BuildPipeline.Default().Steps.Where(s => s is not WriteFiles).Append(capture);
        var result = new SiteBuilder(options with { WriteOutput = false }, new BuildPipeline(steps), _templates.Load, Caches).Build(progress);
        return (result, SiteSnapshot.From(capture.Documents));
    }

    /// <summary>The last step of a preview build: keeps the finished documents.</summary>
    private sealed class CaptureDocuments : IStep
    {
        public ImmutableArray<Document> Documents { get; private set; } = [];

        public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
        {
            Documents = documents;
            return documents;
        }
    }
}
