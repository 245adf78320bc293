namespace BackGuide.Content;

/// <summary>How much of an exercise to do, as short text the writer chose ("15–30 seconds", "8–12").</summary>
public sealed record Dose(string? Hold, string? Reps, string? Sets, string? Sides, string? Frequency)
{
    /// <summary>The parts that are set, labelled for display, in a fixed reading order.</summary>
    /// <param name="strings">The theme's wording, which names each part (<c>dose_hold</c>…).</param>
    public IReadOnlyList<KeyValuePair<string, string>> Parts(IReadOnlyDictionary<string, string> strings)
    {
        var parts = new List<KeyValuePair<string, string>>(5);
        Add(parts, strings["dose_hold"], Hold);
        Add(parts, strings["dose_reps"], Reps);
        Add(parts, strings["dose_sets"], Sets);
        Add(parts, strings["dose_sides"], Sides);
        Add(parts, strings["dose_frequency"], Frequency);
        return parts;
    }

    private static void Add(List<KeyValuePair<string, string>> parts, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(new(label, value));
        }
    }
}
