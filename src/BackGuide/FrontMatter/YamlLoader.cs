using BackGuide.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BackGuide.FrontMatter;

/// <summary>Parses front-matter YAML into a mapping, turning YAML errors into diagnostics at the right line.</summary>
public static class YamlLoader
{
    /// <param name="what">How to name the YAML in messages: "the front matter", or "site.yml".</param>
    public static YamlMappingNode? Load(string yaml, SourceFile file, int lineOffset, DiagnosticBag diagnostics, string what = "the front matter")
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }
        var stream = new YamlStream();
        try
        {
            // The YAML is read once: the limits are checked on its events, and the tree is loaded from the same events.
            var events = new List<ParsingEvent>();
            if (YamlLimits.Check(yaml, events) is { } problem)
            {
                Report(problem, file, lineOffset, diagnostics, what);
                return null;
            }
            stream.Load(new RecordedYaml(events));
        }
        catch (YamlException ex)
        {
            var (line, column) = ((int)ex.Start.Line, (int)ex.Start.Column);
            if (FirstTab(yaml) is { } tab)
            {
                diagnostics.Error(file, lineOffset + tab.Line - 1, tab.Column, DiagnosticCodes.YamlSyntax,
                    $"{what} contains a tab. YAML indents with spaces only: replace the tab with spaces.");
                return null;
            }
            if (ex.Message.Contains("anchor", StringComparison.OrdinalIgnoreCase) && FirstAlias(yaml) is { } alias)
            {
                diagnostics.Error(file, lineOffset + alias.Line - 1, alias.Column, DiagnosticCodes.YamlSyntax,
                    $"{what} is not valid YAML here: a value starting with '*' names an anchor (&name) that does not exist. Put the value in quotes, like \"*important\".");
                return null;
            }
            diagnostics.Error(file, lineOffset + Math.Max(line, 1) - 1, Math.Max(column, 1), Classify(ex), Explain(ex, yaml, line, what));
            return null;
        }
        catch (ArgumentException)
        {
            // YamlDotNet's representation model throws this for some uses of aliases it cannot load (*name).
            var (aliasLine, aliasColumn) = FirstAlias(yaml) ?? (1, 1);
            diagnostics.Error(file, lineOffset + aliasLine - 1, aliasColumn, DiagnosticCodes.YamlSyntax,
                $"{what} is not valid YAML here: a value starting with '*' (or '&' or '!') has a special meaning in YAML. Put the value in quotes, like \"*important\".");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this for some unterminated flow collections ("{a: b" at the end of the text).
            var last = yaml.TrimEnd('\n').Split('\n');
            diagnostics.Error(file, lineOffset + last.Length - 1, 1, DiagnosticCodes.YamlSyntax,
                $"{what} ends inside an unclosed [list] or {{mapping}}. Close every '[' with ']' and every '{{' with '}}'.");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }
        if (stream.Documents[0].RootNode is YamlMappingNode map)
        {
            return map;
        }
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }
        diagnostics.Error(file, lineOffset, 1, DiagnosticCodes.YamlSyntax,
            $"{what} must be a set of 'key: value' lines, like 'title: Bird dog'; found {Describe(stream.Documents[0].RootNode)}.");
        return null;
    }

    private static void Report(YamlLimits.Problem problem, SourceFile file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var line = lineOffset + Math.Max(problem.Line, 1) - 1;
        if (problem.Kind == "depth")
        {
            diagnostics.Error(file, line, problem.Column, DiagnosticCodes.YamlTooDeep,
                $"{what} nests lists or mappings more than {YamlLimits.MaxDepth} levels deep. Write a flat list, like 'tags: [back, stretch]'.");
            return;
        }
        diagnostics.Error(file, line, problem.Column, DiagnosticCodes.ControlCharacter,
            $"this value in {what} holds the control character {problem.Detail}, which is not allowed in a web page (it usually comes from an escape such as \\0 or \\a in double quotes). Remove it.");
    }

    private static string Classify(YamlException ex) =>
        ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || ex.InnerException is ArgumentException
            ? DiagnosticCodes.DuplicateKey
            : DiagnosticCodes.YamlSyntax;

    private static (int Line, int Column)? FirstTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var leading = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < leading)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
    }

    private static (int Line, int Column)? FirstAlias(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            for (var c = 0; c < lines[i].Length - 1; c++)
            {
                if (lines[i][c] is '*' or '&' or '!' && (c == 0 || lines[i][c - 1] is ' ' or '[' or '{' or ',') && lines[i][c + 1] != ' ')
                {
                    return (i + 1, c + 1);
                }
            }
        }
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list (lines starting with '- ')",
        YamlScalarNode => "plain text",
        _ => "something else",
    };

    private static string Explain(YamlException ex, string yaml, int line, string what)
    {
        if (Classify(ex) == DiagnosticCodes.DuplicateKey)
        {
            var text = yaml.Split('\n').ElementAtOrDefault(Math.Max(line, 1) - 1) ?? "";
            var key = text.Contains(':', StringComparison.Ordinal) ? text[..text.IndexOf(':', StringComparison.Ordinal)].Trim() : "";
            return key.Length > 0
                ? $"the key '{key}' appears twice in {what}. Keep one of them."
                : $"this key appears twice in {what}. Keep one of them.";
        }
        var reason = ex.InnerException?.Message ?? ex.Message;
        var colon = reason.IndexOf("): ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            reason = reason[(colon + 3)..];
        }
        return $"{what} is not valid YAML ({reason.TrimEnd('.')}). Check quotes and indentation; put a value in quotes if it contains ': ' or starts with a special character.";
    }
}
