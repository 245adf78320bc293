using System.Diagnostics.CodeAnalysis;

namespace BackGuide.Content;

/// <summary>Front matter of a page in <c>exercises/</c>.</summary>
public sealed record ExerciseMeta : PageMeta
{
    [SetsRequiredMembers]
    public ExerciseMeta(PageMeta common)
        : base(common)
    {
    }

    public string? Category { get; init; }
    public IReadOnlyList<string> Targets { get; init; } = [];
    public string? Position { get; init; }
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public string? Difficulty { get; init; }
    public Dose? Dose { get; init; }
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Cautions { get; init; } = [];
    public AvoidInfo? Avoid { get; init; }
}
