using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.Templates;

namespace BackGuide.Pipeline;

/// <summary>What every step may read: the options, the site settings, the theme and templates, and where to report problems.</summary>
public sealed class BuildContext(BuildOptions options, string inputRoot, string outputRoot, SiteSettings settings, Theme theme,
    ITemplateEngine templates, DiagnosticBag diagnostics)
{
    public BuildOptions Options { get; } = options;

    /// <summary>Full path of the input folder.</summary>
    public string InputRoot { get; } = inputRoot;

    /// <summary>Full path of the output folder.</summary>
    public string OutputRoot { get; } = outputRoot;

    public SiteSettings Settings { get; } = settings;

    public Theme Theme { get; } = theme;

    public ITemplateEngine Templates { get; } = templates;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Rendered pages kept from the previous build of a preview session; null for a one-off build.</summary>
    public RenderCache? RenderCache { get; init; }

    /// <summary>Finished pages kept from the previous build of a preview session; null for a one-off build.</summary>
    public Templates.PageOutputCache? OutputCache { get; init; }

    /// <summary>Where finished files are written as soon as they are ready; null when the build writes nothing.</summary>
    public Output.StagedOutput? Staging { get; init; }

    /// <summary>The drafts this build left out, so links to them can say so.</summary>
    public DraftPages Drafts { get; } = new();

    /// <summary>Pages' rendered bodies that a later page embeds (the print document), by output path.</summary>
    public Templates.RenderedBodies Bodies { get; } = new();
}
