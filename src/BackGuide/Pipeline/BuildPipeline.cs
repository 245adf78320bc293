using System.Collections.Immutable;
using BackGuide.Steps;

namespace BackGuide.Pipeline;

/// <summary>The ordered, named steps of a build. Derived pages are steps too, so a theme or test can see every stage.</summary>
public sealed class BuildPipeline
{
    public BuildPipeline(IEnumerable<IStep> steps) => Steps = steps.ToImmutableArray();

    public ImmutableArray<IStep> Steps { get; }

    /// <summary>The steps of a full build, in order.</summary>
    public static BuildPipeline Default() => new(
    [
        new ReadFiles(),
        new ExtractFrontMatter(),
        new ParseFrontMatter(),
        new LeaveOutDrafts(),
        new GenerateHomePage(),
        new CheckReferences(),
        new CheckImages(),
        new GenerateSectionIndexes(),
        new GenerateNotFound(),
        new GenerateAvoidIndex(),
        new GenerateFacetPages(),
        new GenerateSearchPage(),
        new GenerateCards(),
        new RenderMarkdown(),
        new CheckLinks(),
        new CheckEmergencyContact(),
        new GenerateSearchIndex(),
        new GeneratePrintDocument(),
        new GenerateSitemap(),
        new GenerateManifest(),
        new CopyThemeAssets(),
        new CheckOutputPaths(),
        new ApplyTemplates(),
        new WriteFiles(),
    ]);

    /// <summary>Runs every step in order; <paramref name="progress"/> hears each step's name as it starts.</summary>
    public ImmutableArray<Document> Run(BuildContext context, IProgress<string>? progress = null)
    {
        var documents = ImmutableArray<Document>.Empty;
        foreach (var step in Steps)
        {
            progress?.Report(step.GetType().Name);
            documents = step.Execute(documents, context);
        }
        return documents;
    }
}
