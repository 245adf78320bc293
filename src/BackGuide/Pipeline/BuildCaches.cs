using BackGuide.Templates;

namespace BackGuide.Pipeline;

/// <summary>The caches one preview session keeps between rebuilds: rendered Markdown and finished pages.</summary>
public sealed class BuildCaches
{
    public RenderCache Markdown { get; } = new();

    public PageOutputCache Pages { get; } = new();
}
