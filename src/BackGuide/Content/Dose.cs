namespace BackGuide.Content;

/// <summary>How much of an exercise to do, as short text the writer chose ("15–30 seconds", "8–12").</summary>
public sealed record Dose(string? Hold, string? Reps, string? Sets, string? Sides, string? Frequency)
{
    /// <summary>The parts that are set, labelled for display, in a fixed reading order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parts()
    {
        var parts = new List<KeyValuePair<string, string>>(5);
        Add(parts, "Hold", Hold);
        Add(parts, "Repetitions", Reps);
        Add(parts, "Sets", Sets);
        Add(parts, "Sides", Sides);
        Add(parts, "How often", Frequency);
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
