namespace BackGuide.Content;

/// <summary>The typed sections and the vocabularies their front matter uses.</summary>
public static class Sections
{
    public const string Exercises = "exercises";
    public const string SelfCare = "self-care";

    public static readonly string[] Categories = ["stretch", "strengthen", "mobility", "relax"];
    public static readonly string[] Positions = ["lying", "kneeling", "seated", "standing"];
    public static readonly string[] Difficulties = ["easy", "moderate", "hard"];

    public static PageKind KindOf(string section) => section switch
    {
        Exercises => PageKind.Exercise,
        SelfCare => PageKind.SelfCare,
        _ => PageKind.Page,
    };

    /// <summary>A section's title when its index.md gives none: the theme's wording (site.yml's <c>strings</c>) for the typed sections.</summary>
    public static string TitleOf(string section, IReadOnlyDictionary<string, string> strings) => section switch
    {
        Exercises => strings["exercises"],
        SelfCare => strings["self_care"],
        "" => strings["home"],
        _ => TitleOf(section),
    };

    /// <summary>A human title for a section folder: <c>self-care</c> → "Self-care".</summary>
    public static string TitleOf(string section) => section switch
    {
        Exercises => "Exercises",
        SelfCare => "Self-care",
        "" => "Home",
        _ => char.ToUpperInvariant(section[0]) + section[1..].Replace('-', ' '),
    };
}
