namespace BackGuide.Views;

/// <summary><c>exercise</c> (and <c>card.exercise</c>): an exercise's front matter set out for reading.</summary>
/// <param name="Category">stretch, strengthen, mobility or relax; null on a movement to avoid that sets none.</param>
/// <param name="CategoryLabel">The category with a capital letter.</param>
/// <param name="Targets">The body areas it works, in lower case.</param>
/// <param name="Position">lying, kneeling, seated or standing.</param>
/// <param name="PositionLabel">The position with a capital letter.</param>
/// <param name="PositionUrl">The page of exercises in that position, when the site has it.</param>
/// <param name="Equipment">What you need, in lower case; empty for nothing.</param>
/// <param name="EquipmentText">The same as one line: "Mat, towel", or "None".</param>
/// <param name="Difficulty">easy, moderate or hard.</param>
/// <param name="DifficultyLabel">The difficulty in the theme's wording (<c>difficulty_easy</c>…).</param>
/// <param name="Dose">How much to do, as labelled lines in reading order; empty when none is given.</param>
/// <param name="Steps">The steps in order.</param>
/// <param name="Cautions">What to take care with.</param>
/// <param name="Slug">The exercise's slug.</param>
/// <param name="TargetLinks">Each target with the URL of its page, when the site has it.</param>
/// <param name="Avoid">Why not, and what instead, on a movement to avoid; null on an exercise to do.</param>
/// <param name="Images">The pictures of the exercise (start and end, or do and don't), in order; empty for none.</param>
public sealed record ExerciseView(string? Category, string? CategoryLabel, IReadOnlyList<string> Targets, string? Position, string? PositionLabel,
    string? PositionUrl, IReadOnlyList<string> Equipment, string EquipmentText, string? Difficulty, string? DifficultyLabel, IReadOnlyList<DoseLine> Dose,
    IReadOnlyList<string> Steps, IReadOnlyList<string> Cautions, string Slug, IReadOnlyList<FacetLink> TargetLinks, AvoidView? Avoid,
    IReadOnlyList<ImageView> Images)
{
    /// <summary>The URL of the exercise's own card page (<c>cards/SLUG.html</c>) from the page shown; null on that card page itself.</summary>
    public string? CardUrl { get; init; }
}

/// <summary>One line of an exercise's dose: "Hold" and "15–30 seconds".</summary>
public sealed record DoseLine(string Label, string Value);

/// <summary>A facet value (a target such as "hamstrings", or a position) with the URL of its page, or null when there is none.</summary>
public sealed record FacetLink(string Label, string? Url);

/// <summary>What a movement to avoid says: why, whether it is an everyday movement, and what to do instead.</summary>
public sealed record AvoidView(string Reason, bool Everyday, IReadOnlyList<LinkView> Instead);
