using System.Text;
using System.Text.RegularExpressions;
using BackGuide.Diagnostics;

namespace BackGuide.Import;

/// <summary>
/// Converts what a generator adds to Markdown where BackGuide has the same thing: MkDocs admonitions
/// (<c>!!! note "Title"</c> and an indented body) become callouts (<c>:::note Title</c> … <c>:::</c>), and collapsible
/// ones (<c>??? note</c>) disclosures. What has no equivalent — Hugo shortcodes, Liquid tags, MkDocs snippets — is left
/// as it is and reported at its line, so the writer can rewrite it.
/// </summary>
public static partial class BodyConverter
{
    [GeneratedRegex(@"^(!!!|\?\?\?\+?)\s+([A-Za-z-]+)(?:\s+""([^""]*)"")?\s*$")]
    private static partial Regex Admonition();

    [GeneratedRegex(@"^(!!!|\?\?\?)")]
    private static partial Regex AdmonitionStart();

    [GeneratedRegex(@"\{\{[<%]\s*/?\s*([A-Za-z0-9_./-]+)")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\{%-?\s*([A-Za-z_]+)|\{\{-?\s*([A-Za-z_][A-Za-z0-9_.]*)")]
    private static partial Regex Liquid();

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();

    /// <summary>MkDocs' admonition types, by the BackGuide callout that means the same.</summary>
    private static readonly Dictionary<string, string> Callouts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = "note", ["info"] = "note", ["abstract"] = "note", ["summary"] = "note", ["tldr"] = "note",
        ["example"] = "note", ["quote"] = "note", ["cite"] = "note", ["question"] = "note", ["help"] = "note", ["faq"] = "note",
        ["tip"] = "tip", ["hint"] = "tip", ["important"] = "tip", ["success"] = "tip", ["check"] = "tip", ["done"] = "tip",
        ["warning"] = "warning", ["caution"] = "warning", ["attention"] = "warning",
        ["danger"] = "danger", ["error"] = "danger", ["failure"] = "danger", ["fail"] = "danger", ["missing"] = "danger", ["bug"] = "danger",
    };

    /// <param name="firstLine">The line of the file the body starts on, for positions in warnings.</param>
    public static string Convert(SourceGenerator generator, string body, int firstLine, SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = body.Split('\n');
        var result = new StringBuilder(body.Length + 64);
        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Fence().IsMatch(line))
            {
                inCode = !inCode;
            }
            if (!inCode && generator == SourceGenerator.MkDocs && AdmonitionStart().IsMatch(line))
            {
                i = ConvertAdmonition(lines, i, result, firstLine, file, diagnostics);
                continue;
            }
            if (!inCode)
            {
                Report(generator, line, firstLine + i, file, diagnostics);
            }
            result.Append(line);
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }
        return result.ToString();
    }

    /// <summary>Writes the admonition starting at line <paramref name="start"/> as a callout; returns its last line.</summary>
    private static int ConvertAdmonition(string[] lines, int start, StringBuilder result, int firstLine, SourceFile file, DiagnosticBag diagnostics)
    {
        var end = start;
        while (end + 1 < lines.Length && (lines[end + 1].StartsWith("    ", StringComparison.Ordinal) || (lines[end + 1].Trim().Length == 0
            && end + 2 < lines.Length && lines[end + 2].StartsWith("    ", StringComparison.Ordinal))))
        {
            end++;
        }
        var content = lines[(start + 1)..(end + 1)].Select(l => l.Length >= 4 ? l[4..] : l.Trim()).ToList();
        var match = Admonition().Match(lines[start]);
        var nested = content.FindIndex(l => AdmonitionStart().IsMatch(l));
        if (!match.Success || nested >= 0)
        {
            var at = match.Success ? start + 1 + nested : start;
            diagnostics.Warning(file, firstLine + at, 1, DiagnosticCodes.ImportNotConverted,
                "this MkDocs admonition was not converted (it has options BackGuide lacks, or holds another admonition). Rewrite it as ':::note Title', its text, and ':::'.");
            for (var i = start; i <= end; i++)
            {
                result.Append(lines[i]).Append('\n');
            }
            return end;
        }
        var collapsible = match.Groups[1].Value.StartsWith('?');
        var kind = collapsible ? "details" : Callouts.GetValueOrDefault(match.Groups[2].Value, "note");
        var title = match.Groups[3].Success ? match.Groups[3].Value.Trim() : null;
        // MkDocs shows the type, capitalised, when no title is given; an empty title ("") means none at all.
        title ??= collapsible || !Callouts.ContainsKey(match.Groups[2].Value) ? Capitalised(match.Groups[2].Value) : null;
        result.Append(":::").Append(kind);
        if (title is { Length: > 0 })
        {
            result.Append(' ').Append(title);
        }
        result.Append('\n');
        foreach (var line in content)
        {
            result.Append(line).Append('\n');
        }
        result.Append(":::\n");
        return end;
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static void Report(SourceGenerator generator, string line, int lineNumber, SourceFile file, DiagnosticBag diagnostics)
    {
        if (generator == SourceGenerator.Hugo && Shortcode().Match(line) is { Success: true } shortcode)
        {
            diagnostics.Warning(file, lineNumber, shortcode.Index + 1, DiagnosticCodes.ImportNotConverted,
                $"the Hugo shortcode '{shortcode.Groups[1].Value}' was left as it is: BackGuide has no shortcodes. Rewrite it in Markdown (a link, a picture, or a ':::note' callout).");
        }
        else if (generator == SourceGenerator.Jekyll && Liquid().Match(line) is { Success: true } tag)
        {
            var name = tag.Groups[1].Success ? tag.Groups[1].Value : tag.Groups[2].Value;
            diagnostics.Warning(file, lineNumber, tag.Index + 1, DiagnosticCodes.ImportNotConverted,
                $"the Liquid {(tag.Groups[1].Success ? "tag" : "value")} '{name}' was left as it is: BackGuide does not run Liquid. Rewrite it in Markdown (a link to the page's .md file, or the text itself).");
        }
        else if (generator == SourceGenerator.MkDocs && line.TrimStart().StartsWith("--8<--", StringComparison.Ordinal))
        {
            diagnostics.Warning(file, lineNumber, 1, DiagnosticCodes.ImportNotConverted,
                "this MkDocs snippet (--8<--) was left as it is: BackGuide does not include one file in another. Paste the text in.");
        }
    }
}
