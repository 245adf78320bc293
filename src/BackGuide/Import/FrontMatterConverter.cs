using System.Globalization;
using System.Text;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace BackGuide.Import;

/// <summary>
/// Rewrites a page's YAML front matter for BackGuide, line by line so the writer's comments and layout stay: a key
/// BackGuide names otherwise is renamed by <see cref="ForeignKeys"/>, the dates (date, lastmod…) become one
/// <c>updated</c>, and a key BackGuide has no use for is left out with a warning saying why.
/// </summary>
public static class FrontMatterConverter
{
    /// <summary>BackGuide's key for a page kept out of the build; every generator spells it the same way.</summary>
    private const string Draft = "draft";

    /// <summary>What the converted page needs besides its front matter.</summary>
    /// <param name="Kind">The kind of page it becomes, which decides the fields it may have.</param>
    /// <param name="Title">A title for a page whose front matter has none (its first heading, or its file name), and whether it came from the file name.</param>
    public sealed record Page(PageKind Kind, (string Text, bool FromFileName) Title, DateOnly? NameDate, bool Draft);

    /// <summary>The front matter <paramref name="yaml"/> (line <paramref name="firstLine"/> of the file, parsed as <paramref name="map"/>) in BackGuide's keys.</summary>
    public static string Convert(string yaml, YamlMappingNode map, int firstLine, Page page, SourceFile file, DiagnosticBag diagnostics)
    {
        string[] lines = yaml.Trim().Length == 0 ? [] : yaml.TrimEnd('\n').Split('\n');
        var keys = map.Children
            .Select(pair => (Name: (pair.Key as YamlScalarNode)?.Value ?? "", Key: pair.Key, Value: pair.Value))
            .ToList();
        var fields = FrontMatterSchema.For(page.Kind).Select(f => f.Name).Append(Draft).ToHashSet(StringComparer.Ordinal);
        var present = keys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var updated = present.Contains("updated") ? null : LatestDate(keys.Where(k => ForeignKeys.Find(k.Name)?.Value == ForeignValue.Date).Select(k => k.Value));
        var result = new StringBuilder();
        if (!present.Contains("title"))
        {
            result.Append("title: ").Append(YamlScalar.Quote(page.Title.Text)).Append('\n');
            if (page.Title.FromFileName)
            {
                diagnostics.Warning(file, firstLine, 1, DiagnosticCodes.ImportNotConverted,
                    $"this page has no title, so it was given '{page.Title.Text}', made from its file name. Check it reads well.");
            }
        }
        var firstKeyLine = keys.Count > 0 ? (int)keys[0].Key.Start.Line : lines.Length + 1;
        result.Append(string.Join("", lines.Take(firstKeyLine - 1).Select(l => l + "\n")));
        for (var k = 0; k < keys.Count; k++)
        {
            var (name, key, value) = keys[k];
            var start = (int)key.Start.Line - 1;
            var end = k + 1 < keys.Count ? (int)keys[k + 1].Key.Start.Line - 1 : lines.Length;
            var block = lines[start..end];
            var line = firstLine + start;
            var column = (int)key.Start.Column;
            if (name == Draft && value is YamlScalarNode { Value: "false" or "no" })
            {
                continue; // every page is published unless it says otherwise
            }
            if (fields.Contains(name))
            {
                written.Add(name);
                Append(result, block);
                continue;
            }
            if (ForeignKeys.Find(name) is not { } foreign)
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.ImportKeyLeftOut,
                    $"left out '{name}': BackGuide has no such field. Keep what it says in the page's text if readers need it.");
                continue;
            }
            if (foreign.BackGuideName is not { } target)
            {
                diagnostics.Warning(file, line, column, DiagnosticCodes.ImportKeyLeftOut, $"left out '{name}': {foreign.Explanation}.");
                continue;
            }
            switch (foreign.Value)
            {
                case ForeignValue.Date when updated is { } date && written.Add(target):
                    result.Append(target).Append(": ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
                    break;
                case ForeignValue.Date when updated is null:
                    diagnostics.Warning(file, line, column, DiagnosticCodes.ImportKeyLeftOut,
                        present.Contains(target)
                            ? $"left out '{name}': the page already has '{target}'."
                            : $"left out '{name}': its value is not a date written YYYY-MM-DD. Add a line such as '{target}: 2026-11-01'.");
                    break;
                case ForeignValue.Date:
                    break; // the latest of the page's dates is already written as 'updated'
                case ForeignValue.Inverted:
                    if (value is YamlScalarNode { Value: "false" or "no" } && !present.Contains(target) && written.Add(target))
                    {
                        result.Append(target).Append(": true\n");
                    }
                    break;
                case ForeignValue.Same when present.Contains(target) || !written.Add(target):
                    diagnostics.Warning(file, line, column, DiagnosticCodes.ImportKeyLeftOut,
                        $"left out '{name}': it is what BackGuide calls '{target}', and the page has '{target}' already. Merge the two by hand if both say something.");
                    break;
                default:
                    var quotes = block[0][column - 1] is '"' or '\'' ? 2 : 0;
                    block[0] = target + block[0][(column - 1 + name.Length + quotes)..];
                    Append(result, block);
                    break;
            }
        }
        if (page.Draft && written.Add(Draft))
        {
            result.Append(Draft).Append(": true\n");
        }
        if (page.NameDate is { } day && !present.Contains("updated") && written.Add("updated"))
        {
            result.Append("updated: ").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }
        return result.ToString();
    }

    private static void Append(StringBuilder result, string[] block)
    {
        foreach (var line in block)
        {
            result.Append(line).Append('\n');
        }
    }

    /// <summary>The latest of the dates given (a date, or a date and time: its day is kept), or null when none reads as one.</summary>
    private static DateOnly? LatestDate(IEnumerable<YamlNode> values) =>
        values.OfType<YamlScalarNode>()
            .Select(v => v.Value is { Length: >= 10 } text
                && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .Max();
}
