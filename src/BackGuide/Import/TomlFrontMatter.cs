using System.Text;
using System.Text.RegularExpressions;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;

namespace BackGuide.Import;

/// <summary>
/// Turns Hugo's TOML front matter (between <c>+++</c> lines) into YAML, line for line so positions stay true: keys with
/// text, numbers, dates, true/false and lists of these. Tables (<c>[params]</c>) and multi-line text have no place in a
/// BackGuide page and are left out with a warning.
/// </summary>
public static partial class TomlFrontMatter
{
    [GeneratedRegex(@"^\s*(?:""([^""]+)""|([A-Za-z0-9_-]+))\s*=\s*(.*?)\s*$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^\s*\[")]
    private static partial Regex TableHeader();

    /// <summary>The TOML text <paramref name="toml"/>, whose first line is line <paramref name="firstLine"/> of the file, as YAML.</summary>
    public static string ToYaml(string toml, int firstLine, SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = toml.Split('\n');
        var yaml = new StringBuilder();
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                yaml.Append(line).Append('\n');
                continue;
            }
            if (TableHeader().IsMatch(line))
            {
                diagnostics.Warning(file, firstLine + i, 1, DiagnosticCodes.ImportKeyLeftOut,
                    $"left out the table {trimmed} and its keys: a BackGuide page has no tables of settings. Move any value you need to a field of its own.");
                inTable = true;
            }
            if (inTable || KeyValue().Match(line) is not { Success: true } match)
            {
                if (!inTable)
                {
                    NotConverted(file, firstLine + i, diagnostics, "this line is not 'key = value'");
                }
                yaml.Append('\n');
                continue;
            }
            var key = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            var value = match.Groups[3].Value;
            var end = i;
            if (value.StartsWith('[') && !value.Contains(']', StringComparison.Ordinal))
            {
                // A list over several lines: joined into one YAML line, the lines it took left blank.
                while (end + 1 < lines.Length && !value.Contains(']', StringComparison.Ordinal))
                {
                    value += " " + lines[++end].Trim();
                }
            }
            var converted = Value(value);
            if (converted is null)
            {
                NotConverted(file, firstLine + i, diagnostics, $"the value of '{key}' is multi-line text or a table");
                yaml.Append('\n');
            }
            else
            {
                yaml.Append(YamlScalar.Quote(key)).Append(": ").Append(converted).Append('\n');
            }
            for (; i < end; i++)
            {
                yaml.Append('\n');
            }
        }
        return yaml.ToString();
    }

    /// <summary>A TOML value as YAML, or null for one with no YAML line of its own (multi-line text, inline tables).</summary>
    private static string? Value(string value)
    {
        if (value.StartsWith("\"\"\"", StringComparison.Ordinal) || value.StartsWith("'''", StringComparison.Ordinal) || value.StartsWith('{'))
        {
            return null;
        }
        var close = value.Length > 0 ? value.LastIndexOf(value[0] == '[' ? ']' : value[0]) : -1;
        switch (value.FirstOrDefault())
        {
            case '[' or '"' or '\'' when close < 1:
                return null;
            case '[':
                return "[" + string.Join(", ", Items(value[1..close]).Select(item => Value(item) ?? "\"\"")) + "]";
            case '"':
                return YamlScalar.Quote(Unescape(value[1..close]));
            case '\'':
                return YamlScalar.Quote(value[1..close]);
        }
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].Trim() : value;
    }

    /// <summary>The items of a one-line TOML list, split at commas outside quotes.</summary>
    private static IEnumerable<string> Items(string inner)
    {
        var start = 0;
        char? quote = null;
        for (var i = 0; i <= inner.Length; i++)
        {
            if (i == inner.Length || (inner[i] == ',' && quote is null))
            {
                if (inner[start..i].Trim() is { Length: > 0 } item)
                {
                    yield return item;
                }
                start = i + 1;
            }
            else if (inner[i] is '"' or '\'' && (quote is null || quote == inner[i]) && (i == 0 || inner[i - 1] != '\\'))
            {
                quote = quote is null ? inner[i] : null;
            }
        }
    }

    private static string Unescape(string text) => text.Contains('\\', StringComparison.Ordinal)
        ? text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal)
        : text;

    private static void NotConverted(SourceFile file, int line, DiagnosticBag diagnostics, string what) =>
        diagnostics.Warning(file, line, 1, DiagnosticCodes.ImportNotConverted,
            $"{what}, which BackGuide's front matter cannot hold; it was left out. Write it as a YAML line ('key: value') if you need it.");
}
