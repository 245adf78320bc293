using System.Text.RegularExpressions;

namespace BackGuide.Content;

/// <summary>Slugs and output paths: <c>input/&lt;section&gt;/&lt;name&gt;.md</c> becomes <c>&lt;section&gt;/&lt;slug&gt;.html</c>.</summary>
public static partial class PagePaths
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugCharacters();

    public static bool IsValidSlug(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>A slug from any name: lower-case, runs of other characters become one hyphen ("Child's pose" → "child-s-pose").</summary>
    public static string Slugify(string name) => NonSlugCharacters().Replace(name.ToLowerInvariant(), "-").Trim('-');

    /// <summary>Hugo's name for a section's own page; read as that folder's <c>index.md</c>, so a Hugo folder keeps its home page.</summary>
    public const string HugoIndex = "_index.md";

    /// <summary>True for a folder's own page: <c>index.md</c>, or Hugo's <c>_index.md</c>.</summary>
    public static bool IsIndex(string relativeSource) => Path.GetFileName(relativeSource) is "index.md" or HugoIndex;

    /// <summary>The output path of a page read from <paramref name="relativeSource"/> (an index.md keeps the name index).</summary>
    public static string OutputPathFor(string relativeSource, string slug)
    {
        var slash = relativeSource.LastIndexOf('/');
        var folder = slash < 0 ? "" : relativeSource[..(slash + 1)];
        return IsIndex(relativeSource) ? folder + "index.html" : folder + slug + ".html";
    }
}
