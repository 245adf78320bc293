using System.Globalization;
using System.Text.RegularExpressions;
using BackGuide.Content;
using BackGuide.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace BackGuide.FrontMatter;

/// <summary>
/// Checks a parsed YAML mapping against a schema and reads its values, reporting each problem at the key or value
/// that causes it (unknown keys with the nearest known name, missing fields, wrong types, values out of a list).
/// </summary>
public sealed partial class FrontMatterReader(SourceFile file, int lineOffset, DiagnosticBag diagnostics)
{
    [GeneratedRegex("^([a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ReferencePattern();

    /// <summary>How many errors this reader has reported.</summary>
    public int ErrorCount { get; private set; }

    /// <param name="requiredFlag">Whether <see cref="FieldSpec.RequiredUnlessAvoid"/> fields are required here.</param>
    public FieldValues Read(YamlMappingNode map, IReadOnlyList<FieldSpec> schema, bool requiredFlag, string path = "")
    {
        var values = new FieldValues();
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = keyNode is YamlScalarNode s ? s.Value ?? "" : "";
            var spec = schema.FirstOrDefault(f => f.Name == key);
            if (spec is null && path.Length == 0 && !ReferenceEquals(schema, FrontMatterSchema.Site) && ForeignKeys.Find(key) is { } foreign)
            {
                ReportForeign(keyNode, foreign);
                continue;
            }
            if (spec is null)
            {
                var hint = NearestName.Find(key, schema.Select(f => f.Name));
                if (hint is not null)
                {
                    suggested.Add(hint);
                }
                var known = string.Join(", ", schema.Select(f => f.Name));
                var message = hint is null
                    ? $"unknown key '{path}{key}'. Known keys here: {known}."
                    : $"unknown key '{path}{key}'. Did you mean '{path}{hint}'?";
                Error(keyNode, DiagnosticCodes.UnknownKey, message);
                continue;
            }
            var value = ReadValue(spec, valueNode, requiredFlag, path);
            if (value is not null)
            {
                values.Set(key, value, Line(valueNode), Column(valueNode));
            }
        }
        foreach (var spec in schema.Where(f => (f.Required || (f.RequiredUnlessAvoid && requiredFlag)) && !values.Has(f.Name)))
        {
            if (suggested.Contains(spec.Name) || map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == spec.Name))
            {
                continue; // misspelt or invalid: already reported at the key or value
            }
            var line = map.Children.Count == 0 ? lineOffset : Line(map);
            Add(line, map.Children.Count == 0 ? 1 : Column(map), DiagnosticCodes.MissingField,
                $"missing required field '{path}{spec.Name}' ({spec.Description}) Add a line such as: {spec.Name}: {spec.Example}");
        }
        return values;
    }

    private object? ReadValue(FieldSpec spec, YamlNode node, bool requiredFlag, string path)
    {
        var name = path + spec.Name;
        switch (spec.Type)
        {
            case FieldType.Text:
                return ReadText(node, name, spec);
            case FieldType.Choice:
                var choice = ReadText(node, name, spec);
                if (choice is null)
                {
                    return null;
                }
                var lower = choice.ToLowerInvariant();
                if (spec.Choices!.Contains(lower))
                {
                    return lower;
                }
                var hint = NearestName.Find(lower, spec.Choices!);
                Error(node, DiagnosticCodes.InvalidValue,
                    $"'{name}' is '{choice}', which is not one of: {string.Join(", ", spec.Choices!)}." + (hint is null ? "" : $" Did you mean '{hint}'?"));
                return null;
            case FieldType.WholeNumber:
                var number = ReadText(node, name, spec);
                if (number is null)
                {
                    return null;
                }
                if (int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    return n;
                }
                Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a whole number, like {spec.Example}; found '{number}'.");
                return null;
            case FieldType.Boolean:
                var flag = ReadText(node, name, spec);
                switch (flag?.ToLowerInvariant())
                {
                    case null:
                        return null;
                    case "true" or "yes":
                        return true;
                    case "false" or "no":
                        return false;
                    default:
                        Error(node, DiagnosticCodes.WrongType, $"'{name}' must be true or false; found '{flag}'.");
                        return null;
                }
            case FieldType.Date:
                var date = ReadText(node, name, spec);
                if (date is null)
                {
                    return null;
                }
                if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return d;
                }
                Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a date written YYYY-MM-DD, like {spec.Example}; found '{date}'.");
                return null;
            case FieldType.TextList:
                return ReadList(node, name, spec)?.Select(item => item.Text).ToList();
            case FieldType.ReferenceList:
                var items = ReadList(node, name, spec);
                if (items is null)
                {
                    return null;
                }
                var refs = new List<PageReference>(items.Count);
                foreach (var (text, itemNode) in items)
                {
                    var trimmed = text.Trim().TrimEnd('/');
                    if (trimmed.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    {
                        trimmed = trimmed[..^3];
                    }
                    if (!ReferencePattern().IsMatch(trimmed))
                    {
                        Error(itemNode, DiagnosticCodes.InvalidValue,
                            $"'{name}' entry '{text}' is not a page reference. Write a slug (bird-dog) for this section, or section/slug (self-care/sleep) for another.");
                        continue;
                    }
                    refs.Add(new PageReference(trimmed, Line(itemNode), Column(itemNode)));
                }
                return refs;
            case FieldType.TextListList:
                if (node is not YamlSequenceNode groups)
                {
                    Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a list of lists, like {spec.Example}.");
                    return null;
                }
                var result = new List<IReadOnlyList<string>>();
                foreach (var group in groups)
                {
                    var words = ReadList(group, name, spec);
                    if (words is not null)
                    {
                        result.Add(words.Select(w => w.Text).ToList());
                    }
                }
                return result;
            case FieldType.TextMap:
                return ReadTextMap(node, name, spec);
            case FieldType.ImageList:
                return ReadImages(node, name, spec);
            case FieldType.Mapping:
                if (node is not YamlMappingNode map)
                {
                    if (node is YamlScalarNode blank && IsYamlNull(blank))
                    {
                        Error(node, DiagnosticCodes.MissingField, $"'{name}' is empty. Give its keys ({string.Join(", ", spec.Children!.Select(c => c.Name))}) on indented lines below it, or delete the line.");
                        return null;
                    }
                    Error(node, DiagnosticCodes.WrongType,
                        $"'{name}' must be a set of keys ({string.Join(", ", spec.Children!.Select(c => c.Name))}), each on its own indented line.");
                    return null;
                }
                return Read(map, spec.Children!, requiredFlag, name + ".");
            default:
                throw new InvalidOperationException($"Unhandled field type {spec.Type}.");
        }
    }

    private List<ImageRef>? ReadImages(YamlNode node, string name, FieldSpec spec)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a list of pictures, like {spec.Example}.");
            return null;
        }
        var images = new List<ImageRef>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                Error(item, DiagnosticCodes.WrongType, $"each entry of '{name}' must be a set of keys (src, alt, caption), like {spec.Example}.");
                continue;
            }
            var before = ErrorCount;
            var values = Read(entry, spec.Children!, true, name + ".");
            if (ErrorCount > before)
            {
                continue;
            }
            images.Add(new ImageRef(values.Text("src")!, values.Text("alt")!, values.Text("caption"), Line(item), Column(item)) { Step = values.Number("step") });
        }
        return images;
    }

    private Dictionary<string, string>? ReadTextMap(YamlNode node, string name, FieldSpec spec)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a set of 'key: text' lines, each on its own indented line, like {spec.Example}.");
            return null;
        }
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is YamlScalarNode { Value: { Length: > 0 } key } && ReadText(valueNode, name + "." + key, spec) is { Length: > 0 } text)
            {
                texts[key.Trim()] = text;
            }
        }
        return texts;
    }

    private string? ReadText(YamlNode node, string name, FieldSpec spec)
    {
        if (node is YamlScalarNode scalar)
        {
            // YAML reads an empty value, ~ and null as "no value": the page would show nothing, or the word "null".
            // A value given must be a value, so a line left blank is a mistake to fix, not text to print.
            if (IsYamlNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
            {
                var given = IsYamlNull(scalar) && scalar.Value is { Length: > 0 } word ? $"'{word}', which YAML reads as no value" : "empty";
                Error(node, spec.EmptyCode ?? DiagnosticCodes.MissingField, $"'{name}' is {given}. " + (spec.EmptyHint
                    ?? $"Give it a value, like: {spec.Name}: {spec.Example}" + (spec.Required || spec.RequiredUnlessAvoid ? "" : " (or delete the line)")));
                return null;
            }
            return scalar.Value!.Trim();
        }
        var shape = node is YamlSequenceNode ? "a list" : "a set of keys";
        Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a single value, like {spec.Example}; found {shape}.");
        return null;
    }

    /// <summary>True for a plain scalar YAML reads as null: nothing, <c>~</c> or <c>null</c> (in any of YAML's spellings).</summary>
    private static bool IsYamlNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private List<(string Text, YamlNode Node)>? ReadList(YamlNode node, string name, FieldSpec spec)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsYamlNull(scalar):
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value!.Trim(), node)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        items.Add((v.Trim(), child));
                    }
                    else
                    {
                        Error(child, DiagnosticCodes.WrongType,
                            $"each entry of '{name}' must be plain text; this one is empty or nested. If it contains ': ', put it in quotes.");
                    }
                }
                return items;
            default:
                Error(node, DiagnosticCodes.WrongType, $"'{name}' must be a list, like {spec.Example}; found a set of keys. If a line contains ': ', put it in quotes.");
                return null;
        }
    }

    /// <summary>
    /// A key from another generator: one BackGuide names otherwise is an error (its value would be lost); one BackGuide
    /// has no use for is a warning, so a page brought from Hugo or Jekyll builds while the writer tidies it.
    /// </summary>
    private void ReportForeign(YamlNode keyNode, ForeignKey foreign)
    {
        if (foreign.BackGuideName is null)
        {
            diagnostics.Warning(file, Line(keyNode), Column(keyNode), DiagnosticCodes.ForeignKeyIgnored, ForeignKeys.Message(foreign));
            return;
        }
        Error(keyNode, DiagnosticCodes.UnknownKey, "unknown key " + ForeignKeys.Message(foreign));
    }

    private int Line(YamlNode node) => lineOffset + (int)node.Start.Line - 1;

    private static int Column(YamlNode node) => (int)node.Start.Column;

    private void Error(YamlNode node, string code, string message) => Add(Line(node), Column(node), code, message);

    private void Add(int line, int column, string code, string message)
    {
        ErrorCount++;
        diagnostics.Error(file, line, column, code, message);
    }
}
