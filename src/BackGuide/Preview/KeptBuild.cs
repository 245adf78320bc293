using System.Collections.Frozen;
using System.Collections.Immutable;
using BackGuide.Diagnostics;
using BackGuide.Pipeline;
using BackGuide.Steps;
using BackGuide.Views.Building;

namespace BackGuide.Preview;

/// <summary>
/// What a good preview build leaves behind so that an edit to one page's text can be shown without building again:
/// the documents as they were just before the search index (rendered, with their plain text) and just before the
/// templates, the context they were built in, the result and the site served. Each quick edit makes a new one.
/// </summary>
public sealed class KeptBuild
{
    private readonly FrozenDictionary<string, int> _bySource;
    private readonly Lazy<SiteIndex> _links;
    private readonly Lazy<PageModelBuilder> _models;

    private KeptBuild(BuildContext context, ImmutableArray<Document> rendered, ImmutableArray<Document> templated, BuildResult result,
        SiteSnapshot site, FrozenDictionary<string, int> bySource, Lazy<SiteIndex> links, Lazy<PageModelBuilder> models)
    {
        Context = context;
        Rendered = rendered;
        Templated = templated;
        Result = result;
        Site = site;
        _bySource = bySource;
        _links = links;
        _models = models;
    }

    /// <summary>Keeps a build's documents; null when the two lists do not line up (a step added or dropped pages between them).</summary>
    public static KeptBuild? Of(BuildContext context, ImmutableArray<Document> rendered, ImmutableArray<Document> templated, BuildResult result, SiteSnapshot site)
    {
        var bySource = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rendered.Length; i++)
        {
            if (rendered[i].Source is { } source && RenderMarkdown.Renders(rendered[i]))
            {
                if (i >= templated.Length || templated[i].Source?.RelativePath != source.RelativePath || !bySource.TryAdd(source.RelativePath, i))
                {
                    return null;
                }
            }
        }
        // Both are made once per full build, on first use: RenderMarkdown resolves links with the first, ApplyTemplates builds models with the second.
        var links = new Lazy<SiteIndex>(() => new SiteIndex(rendered));
        var models = new Lazy<PageModelBuilder>(() => new PageModelBuilder(context, new SiteIndex(templated, context.Settings.Menu), templated));
        return new KeptBuild(context, rendered, templated, result, site, bySource.ToFrozenDictionary(StringComparer.Ordinal), links, models);
    }

    /// <summary>The context of the full build these documents come from (its settings, theme, templates and the print document's bodies).</summary>
    public BuildContext Context { get; }

    /// <summary>Every document as GenerateSearchIndex received it.</summary>
    public ImmutableArray<Document> Rendered { get; }

    /// <summary>Every document as ApplyTemplates received it.</summary>
    public ImmutableArray<Document> Templated { get; }

    public BuildResult Result { get; }

    public SiteSnapshot Site { get; }

    /// <summary>The site's pages for resolving links in Markdown.</summary>
    public SiteIndex Links => _links.Value;

    /// <summary>Builds the model a template sees for a page, as ApplyTemplates did in the full build.</summary>
    public PageModelBuilder Models => _models.Value;

    /// <summary>Makes the lookups a quick edit needs now, on another thread, so the first edit does not wait for them.</summary>
    public void Prepare() => ThreadPool.QueueUserWorkItem(_ => _ = (_links.Value, _models.Value));

    /// <summary>Where the page read from this input path (relative, with '/') is in both lists.</summary>
    public bool TryFind(string relativePath, out int index) => _bySource.TryGetValue(relativePath, out index);

    /// <summary>A copy with one page replaced, after a quick edit.</summary>
    public KeptBuild WithPage(int index, Document rendered, Document templated, BuildResult result, SiteSnapshot site) =>
        new(Context, Rendered.SetItem(index, rendered), Templated.SetItem(index, templated), result, site, _bySource, _links, _models);

    /// <summary>A context like the build's, for work done after it, reporting into <paramref name="diagnostics"/>, with no cache.</summary>
    public static BuildContext Afterwards(BuildContext context, DiagnosticBag diagnostics) =>
        new(context.Options, context.InputRoot, context.OutputRoot, context.Settings, context.Theme, context.Templates, diagnostics);
}
