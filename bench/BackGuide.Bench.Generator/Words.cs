namespace BackGuide.Bench.Generator;

/// <summary>The small vocabulary the generated pages are written in: words from the field, so text looks like a guide.</summary>
public static class Words
{
    public static readonly string[] Nouns =
    [
        "back", "spine", "hip", "knee", "shoulder", "neck", "core", "glute", "hamstring", "posture", "stretch", "breath",
        "muscle", "joint", "disc", "pelvis", "ankle", "wrist", "elbow", "rib", "chest", "plank", "bridge", "lunge",
        "squat", "twist", "roll", "reach", "walk", "rest", "sleep", "chair", "desk", "pillow", "towel", "mat", "band",
        "ball", "wall", "floor", "step", "routine", "habit", "pain", "strain", "tension", "balance", "rhythm", "pace",
        "tempo", "morning", "evening", "week", "goal", "progress", "movement", "position", "angle", "support", "load",
    ];

    public static readonly string[] Adjectives =
    [
        "gentle", "steady", "slow", "easy", "careful", "daily", "simple", "deep", "light", "firm", "soft", "calm",
        "strong", "supple", "safe", "small", "long", "short", "upright", "relaxed", "balanced", "quiet", "warm", "cool",
    ];

    public static readonly string[] Verbs =
    [
        "bend", "lift", "hold", "lower", "breathe", "relax", "tighten", "press", "slide", "rotate", "keep", "move",
        "rest", "repeat", "stretch", "roll", "lean", "stand", "sit", "kneel", "reach", "pause", "notice", "return",
    ];

    public static readonly string[] Fillers =
    [
        "the", "your", "a", "each", "this", "that", "every", "one", "with", "into", "over", "under", "along", "through",
        "before", "after", "while", "until", "and", "or", "then", "so", "as", "if", "when", "at", "to", "from", "for",
    ];

    public static string[] Pick(Random random, string[] from, int count)
    {
        var picked = new string[count];
        for (var i = 0; i < count; i++)
        {
            picked[i] = from[random.Next(from.Length)];
        }
        return picked;
    }

    public static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>One sentence of 8–18 words, capitalised, with a full stop.</summary>
    public static string Sentence(Random random)
    {
        var length = random.Next(8, 19);
        var words = new string[length];
        for (var i = 0; i < length; i++)
        {
            words[i] = (i % 4) switch
            {
                0 => Fillers[random.Next(Fillers.Length)],
                1 => Adjectives[random.Next(Adjectives.Length)],
                2 => Nouns[random.Next(Nouns.Length)],
                _ => Verbs[random.Next(Verbs.Length)],
            };
        }
        words[0] = Capitalise(words[0]);
        return string.Join(' ', words) + ".";
    }
}
