namespace BackGuide.Content;

/// <summary>Front matter every page may carry; typed sections add their own fields in subtypes.</summary>
public record PageMeta
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? Slug { get; init; }
    public int? Order { get; init; }
    public bool Search { get; init; } = true;
    public DateOnly? Reviewed { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<PageReference> Related { get; init; } = [];
}
