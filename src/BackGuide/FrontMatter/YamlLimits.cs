using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BackGuide.FrontMatter;

/// <summary>
/// Reads YAML as a flat stream of events, before it is loaded into a tree, to refuse what would crash or corrupt the
/// build: lists and mappings nested so deeply that loading them would overflow the stack, and control characters
/// (such as "\0" or "\a" escapes) that would make the HTML invalid. The event reader keeps no recursion of its own, so
/// this check is safe on any input; its time grows with the text's length.
/// </summary>
public static class YamlLimits
{
    /// <summary>Lists and mappings inside each other; front matter needs two or three.</summary>
    public const int MaxDepth = 32;

    public readonly record struct Problem(int Line, int Column, string Kind, string Detail);

    /// <summary>The first problem in <paramref name="yaml"/>, or null. Throws <see cref="YamlException"/> for YAML that does not parse.</summary>
    public static Problem? Check(string yaml) => Check(yaml, events: null);

    /// <summary>
    /// As <see cref="Check(string)"/>, keeping the events read in <paramref name="events"/> when there is no problem, so
    /// the YAML can be loaded from them (<see cref="RecordedYaml"/>) without being read a second time.
    /// </summary>
    public static Problem? Check(string yaml, List<ParsingEvent>? events)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            events?.Add(parser.Current!);
            switch (parser.Current)
            {
                case SequenceStart or MappingStart:
                    depth++;
                    if (depth > MaxDepth)
                    {
                        var start = parser.Current.Start;
                        return new Problem((int)start.Line, (int)start.Column, "depth", "");
                    }
                    break;
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
                case Scalar scalar when FirstControl(scalar.Value) is { } control:
                    return new Problem((int)scalar.Start.Line, (int)scalar.Start.Column, "control", control);
            }
        }
        return null;
    }

    /// <summary>The first character other than tab and line breaks below U+0020, or in U+007F–U+009F, named as U+XXXX.</summary>
    private static string? FirstControl(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '\t' or '\n' or '\r')
            {
                continue;
            }
            if (rune.Value < 0x20 || rune.Value is >= 0x7F and <= 0x9F || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Surrogate)
            {
                return $"U+{rune.Value:X4}";
            }
        }
        return null;
    }
}
