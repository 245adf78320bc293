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

    /// <summary>
    /// A slug from any name: accents dropped, lower-case, runs of other characters become one hyphen ("Child's pose" →
    /// "child-s-pose", "Étirement du genou" → "etirement-du-genou"). Letters of other scripts give nothing: ask for a slug.
    /// </summary>
    public static string Slugify(string name) =>
        NonSlugCharacters().Replace(SpellOut(Search.TextFolding.Fold(name)), "-").Trim('-');

    /// <summary>Latin letters that are not a base letter with an accent, written as the letters they stand for ("straße" → "strasse").</summary>
    private static string SpellOut(string folded)
    {
        if (!folded.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
        {
            return folded;
        }
        var text = new System.Text.StringBuilder(folded.Length + 4);
        foreach (var c in folded)
        {
            text.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>True when <paramref name="name"/> has letters, though none a slug can hold (a title in Cyrillic, Greek, Japanese…).</summary>
    public static bool HasOnlyOtherScripts(string name) => Slugify(name).Length == 0 && name.Any(char.IsLetter);

    /// <summary>The folder of the exercise cards: <c>cards/index.html</c> holds them all, <c>cards/SLUG.html</c> one each.</summary>
    public const string CardsFolder = "cards";

    /// <summary>The output path of the card of the exercise <paramref name="slug"/>.</summary>
    public static string CardPathOf(string slug) => CardsFolder + "/" + slug + ".html";

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
