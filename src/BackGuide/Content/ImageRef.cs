namespace BackGuide.Content;

/// <summary>A picture named in front matter (<c>images:</c>), with where its entry is and, once checked, its size in pixels.</summary>
public sealed record ImageRef(string Src, string Alt, string? Caption, int Line, int Column)
{
    /// <summary>The picture's path in the output, relative to its root; set once the file is found.</summary>
    public string OutputPath { get; init; } = "";

    public int Width { get; init; }

    public int Height { get; init; }

    /// <summary>The number of the exercise step the picture shows (1 is the first), or null when it shows none in particular.</summary>
    public int? Step { get; init; }
}
