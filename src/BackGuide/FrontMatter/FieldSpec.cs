namespace BackGuide.FrontMatter;

/// <summary>One front-matter key: its name, shape, whether it is required, and what it means (for errors and the JSON Schema).</summary>
public sealed record FieldSpec(string Name, FieldType Type, string Description)
{
    public bool Required { get; init; }

    /// <summary>Required on an exercise, except on a movement to avoid (which is not to be done, so has no dose or steps).</summary>
    public bool RequiredUnlessAvoid { get; init; }

    public IReadOnlyList<string>? Choices { get; init; }

    public IReadOnlyList<FieldSpec>? Children { get; init; }

    /// <summary>An example value shown in "missing field" errors and in new pages.</summary>
    public string Example { get; init; } = "";

    /// <summary>The code and advice for a blank value, where a field has its own (a picture's alt text); null for the usual BG0104.</summary>
    public string? EmptyCode { get; init; }

    public string? EmptyHint { get; init; }
}
