using System.Collections.Immutable;
using BackGuide.Bench.Generator;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BackGuide.Templates;

namespace BackGuide.Benchmarks;

/// <summary>
/// A generated site in a temporary folder, run once through the real pipeline, with the documents kept as each step
/// receives them, so one step can be timed on its own.
/// </summary>
public sealed class StagedSite : IDisposable
{
    private readonly string _root;

    public StagedSite(int pages)
    {
        _root = Path.Combine(Path.GetTempPath(), "backguide-bench-" + Environment.ProcessId + "-" + pages);
        new SiteWriter(SitePlan.Create(pages, seed: 8), seed: 8).Write(_root);
        var input = Path.Combine(_root, "backguide", "input");
        Options = new BuildOptions { InputDirectory = input, OutputDirectory = Path.Combine(_root, "backguide", "output") };
        Context = NewContext();
        var before = new Dictionary<Type, ImmutableArray<Document>>();
        var documents = ImmutableArray<Document>.Empty;
        foreach (var step in BuildPipeline.Default().Steps)
        {
            before[step.GetType()] = documents;
            documents = step.Execute(documents, Context);
        }
        if (Context.Diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the generated site does not build: " + Context.Diagnostics.ToSortedList()[0]);
        }
        Before = before;
    }

    public BuildOptions Options { get; }

    public BuildContext Context { get; }

    /// <summary>The documents each step was given, by step type.</summary>
    public IReadOnlyDictionary<Type, ImmutableArray<Document>> Before { get; }

    public ImmutableArray<Document> Input<TStep>() where TStep : IStep => Before[typeof(TStep)];

    /// <summary>A fresh context (settings, theme, compiled templates), as a build makes one.</summary>
    public BuildContext NewContext()
    {
        var diagnostics = new DiagnosticBag();
        var input = Path.GetFullPath(Options.InputDirectory);
        var theme = new Theme([Path.Combine(input, "_theme")]);
        var settings = SiteSettingsLoader.Load(input, diagnostics);
        var templates = ScribanTemplateEngine.Load(theme, diagnostics);
        return new BuildContext(Options, input, Path.GetFullPath(Options.OutputDirectory), settings, theme, templates, diagnostics);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
