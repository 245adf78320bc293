using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using BackGuide.Templates;
using YamlDotNet.RepresentationModel;

namespace BackGuide.Search;

/// <summary>
/// The synonym groups search uses: the theme's <c>search/synonyms.yml</c> (a YAML list of lists of words and phrases),
/// then <c>synonyms</c> from <c>site.yml</c>. Groups that share a word are merged, so a site can extend a theme group.
/// </summary>
public static class Synonyms
{
    public const string ThemeFile = "search/synonyms.yml";

    public static IReadOnlyList<IReadOnlyList<string>> Load(Theme theme, IReadOnlyList<IReadOnlyList<string>> fromSite, DiagnosticBag diagnostics)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (theme.ReadText(ThemeFile) is { } text)
        {
            groups.AddRange(Parse(text, theme.Locate(ThemeFile) ?? ThemeFile, diagnostics));
        }
        groups.AddRange(fromSite);
        return Merge(groups);
    }

    private static IEnumerable<IReadOnlyList<string>> Parse(string text, string location, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        var display = location.StartsWith('(') ? location : SourceFile.DisplayPathFor(location);
        try
        {
            if (YamlLimits.Check(text) is { } problem)
            {
                diagnostics.Add(new Diagnostic(display, problem.Line, problem.Column, Severity.Error,
                    problem.Kind == "depth" ? DiagnosticCodes.YamlTooDeep : DiagnosticCodes.ControlCharacter,
                    problem.Kind == "depth"
                        ? "the synonyms file nests lists too deeply. Write one group a line, like '- [sit-up, crunch]'."
                        : $"the synonyms file holds the control character {problem.Detail}. Remove it."));
                return [];
            }
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            diagnostics.Add(new Diagnostic(display, (int)ex.Start.Line, (int)ex.Start.Column, Severity.Error, DiagnosticCodes.YamlSyntax,
                "the synonyms file is not valid YAML. Write one group a line, like '- [sit-up, crunch]'."));
            return [];
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            return [];
        }
        return list.Children.OfType<YamlSequenceNode>()
            .Select(group => (IReadOnlyList<string>)group.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList())
            .Where(group => group.Count > 1);
    }

    private static List<IReadOnlyList<string>> Merge(List<IReadOnlyList<string>> groups)
    {
        var merged = new List<List<string>>();
        foreach (var group in groups)
        {
            var words = group.Select(w => w.Trim()).Where(w => w.Length > 0).ToList();
            var overlapping = merged.Where(m => m.Any(w => words.Contains(w, StringComparer.OrdinalIgnoreCase))).ToList();
            var target = new List<string>();
            foreach (var existing in overlapping)
            {
                target.AddRange(existing);
                merged.Remove(existing);
            }
            target.AddRange(words.Where(w => !target.Contains(w, StringComparer.OrdinalIgnoreCase)));
            merged.Add(target);
        }
        return merged.Where(m => m.Count > 1).Select(m => (IReadOnlyList<string>)m).ToList();
    }
}
