using System.Globalization;
using System.Text.RegularExpressions;
using BackGuide.Content;

namespace BackGuide.Import;

/// <summary>
/// Where each generator keeps its pages, which of its files belong to the guide, and the name each takes in input/:
/// Hugo's <c>_index.md</c> becomes <c>index.md</c>, Jekyll's <c>_posts/2024-01-05-walking.md</c> becomes
/// <c>posts/walking.md</c>, MkDocs' <c>README.md</c> stands for its folder's <c>index.md</c>, and <c>.markdown</c> is <c>.md</c>.
/// </summary>
public static partial class ImportLayout
{
    /// <summary>Jekyll's own folders: layouts, includes, styles, data, plugins and its output. None holds a page of the guide.</summary>
    private static readonly HashSet<string> JekyllMachinery = new(StringComparer.Ordinal) { "_layouts", "_includes", "_sass", "_data", "_plugins", "_site", "node_modules", "vendor" };

    /// <summary>Files at the top of a Jekyll site that configure it rather than belong to it.</summary>
    private static readonly HashSet<string> JekyllConfiguration = new(StringComparer.Ordinal) { "_config.yml", "Gemfile", "Gemfile.lock" };

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-(.+)$")]
    private static partial Regex DatedName();

    /// <summary>Whether a folder of the content root is walked; Jekyll's other '_' folders are reported by <see cref="UnimportedFolder"/>.</summary>
    public static bool IncludeFolder(SourceGenerator generator, bool atRoot, string name) =>
        !name.StartsWith('.') && (generator != SourceGenerator.Jekyll || !name.StartsWith('_') || (atRoot && name is "_posts" or "_drafts"))
        && !(generator == SourceGenerator.Jekyll && JekyllMachinery.Contains(name));

    /// <summary>True for a Jekyll folder that may hold pages but is not imported (a collection), which the import warns about.</summary>
    public static bool IsUnimportedCollection(SourceGenerator generator, bool atRoot, string name) =>
        generator == SourceGenerator.Jekyll && atRoot && name.StartsWith('_') && name is not ("_posts" or "_drafts") && !JekyllMachinery.Contains(name);

    /// <summary>Whether a file of the content root is part of the guide.</summary>
    public static bool IncludeFile(SourceGenerator generator, bool atRoot, string name) =>
        !name.StartsWith('.') && (!name.StartsWith('_') || (generator == SourceGenerator.Hugo && name == PagePaths.HugoIndex))
        && !(generator == SourceGenerator.Jekyll && atRoot && (JekyllConfiguration.Contains(name) || name.EndsWith(".gemspec", StringComparison.Ordinal)))
        && !(atRoot && name is "site.yml" or "site.yaml");

    public static bool IsMarkdown(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's place under input/, from its path relative to the content root.</summary>
    public static ImportFile Place(SourceGenerator generator, string fullPath, string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        var name = parts[^1];
        if (!IsMarkdown(name))
        {
            return new ImportFile(fullPath, string.Join('/', parts), IsPage: false);
        }
        name = Path.GetFileNameWithoutExtension(name) + ".md";
        DateOnly? date = null;
        var draft = false;
        switch (generator)
        {
            case SourceGenerator.Hugo when name == PagePaths.HugoIndex:
                name = "index.md";
                break;
            case SourceGenerator.Jekyll:
                if (DatedName().Match(name) is { Success: true } dated
                    && DateOnly.TryParseExact(dated.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    date = day;
                    name = dated.Groups[2].Value;
                }
                if (parts.Length > 1 && parts[0] is "_posts" or "_drafts")
                {
                    draft = parts[0] == "_drafts";
                    parts[0] = "posts";
                }
                break;
            case SourceGenerator.MkDocs when name.Equals("README.md", StringComparison.OrdinalIgnoreCase)
                && !File.Exists(Path.Combine(Path.GetDirectoryName(fullPath)!, "index.md")):
                name = "index.md";
                break;
        }
        parts[^1] = name;
        return new ImportFile(fullPath, string.Join('/', parts), IsPage: true, date, draft);
    }
}
