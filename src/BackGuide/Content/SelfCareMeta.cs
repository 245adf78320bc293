using System.Diagnostics.CodeAnalysis;

namespace BackGuide.Content;

/// <summary>Front matter of a page in <c>self-care/</c>.</summary>
public sealed record SelfCareMeta : PageMeta
{
    [SetsRequiredMembers]
    public SelfCareMeta(PageMeta common)
        : base(common)
    {
    }

    public IReadOnlyList<string> Topics { get; init; } = [];
}
