using System.Text.RegularExpressions;
using BackGuide.Diagnostics;
using BackGuide.Files;
using BackGuide.FrontMatter;
using BackGuide.Text;
using YamlDotNet.RepresentationModel;

namespace BackGuide.Import;

/// <summary>
/// What BackGuide takes from a generator's own settings: the site's title and description (Hugo's
/// <c>hugo.toml</c>/<c>config.toml</c> title, Jekyll's <c>_config.yml</c> title, MkDocs' <c>mkdocs.yml</c> site_name), and
/// for MkDocs the folder of its pages (<c>docs_dir</c>).
/// </summary>
public sealed partial record SourceConfiguration(string? Title, string? Description, string? PagesFolder)
{
    [GeneratedRegex(@"^(title|description)\s*=\s*(?:""((?:[^""\\]|\\.)*)""|'([^']*)')")]
    private static partial Regex TomlText();

    private static readonly Dictionary<SourceGenerator, string[]> Files = new()
    {
        [SourceGenerator.Hugo] = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml", "config/_default/hugo.toml", "config/_default/config.toml"],
        [SourceGenerator.Jekyll] = ["_config.yml", "_config.yaml"],
        [SourceGenerator.MkDocs] = ["mkdocs.yml", "mkdocs.yaml"],
    };

    /// <summary>The settings in <paramref name="source"/>, or all null when it has no settings file (or one that cannot be read).</summary>
    public static SourceConfiguration Read(SourceGenerator generator, string source, DiagnosticBag diagnostics)
    {
        foreach (var name in Files[generator])
        {
            var path = Path.Combine(source, name);
            if (FileStatus.Of(path).Kind == FileKind.Missing)
            {
                continue;
            }
            var file = SourceFile.Create(path, source);
            if (UntrustedFile.Problem(path, source, UntrustedFile.MaxTextBytes) is { } problem)
            {
                diagnostics.Error(file, 0, 0, DiagnosticCodes.UnsafeInputFile, problem);
                return new SourceConfiguration(null, null, null);
            }
            if (!TextDecoder.TryDecode(UntrustedFile.ReadAllBytes(path, UntrustedFile.MaxTextBytes), out var text, out _))
            {
                diagnostics.Warning(file, 1, 1, DiagnosticCodes.ImportNotConverted, "this file is not UTF-8 text, so the site's title was not taken from it. Set 'title' in site.yml.");
                return new SourceConfiguration(null, null, null);
            }
            return name.EndsWith(".toml", StringComparison.Ordinal) ? FromToml(text) : FromYaml(generator, text, file, diagnostics);
        }
        return new SourceConfiguration(null, null, null);
    }

    /// <summary>Top-level title and description: the lines before the first [table].</summary>
    private static SourceConfiguration FromToml(string text)
    {
        string? title = null, description = null;
        foreach (var line in text.Split('\n').TakeWhile(l => !l.TrimStart().StartsWith('[')))
        {
            if (TomlText().Match(line.Trim()) is { Success: true } match)
            {
                var value = match.Groups[2].Success ? match.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : match.Groups[3].Value;
                if (match.Groups[1].Value == "title")
                {
                    title = value;
                }
                else
                {
                    description = value;
                }
            }
        }
        return new SourceConfiguration(title, description, null);
    }

    private static SourceConfiguration FromYaml(SourceGenerator generator, string text, SourceFile file, DiagnosticBag diagnostics)
    {
        // Another generator's settings are read for two values; a problem in them is the import's warning, not an error.
        var problems = new DiagnosticBag();
        var map = YamlLoader.Load(text, file, 1, problems, Path.GetFileName(file.FullPath));
        foreach (var problem in problems.ToSortedList())
        {
            diagnostics.Add(problem with { Severity = Severity.Warning, Code = DiagnosticCodes.ImportNotConverted });
        }
        if (map is null)
        {
            return new SourceConfiguration(null, null, null);
        }
        var (titleKey, descriptionKey) = generator == SourceGenerator.MkDocs ? ("site_name", "site_description") : ("title", "description");
        return new SourceConfiguration(Text(map, titleKey), Text(map, descriptionKey), generator == SourceGenerator.MkDocs ? Text(map, "docs_dir") : null);
    }

    private static string? Text(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>The site.yml BackGuide starts from: the title (or <paramref name="fallbackTitle"/>) and the description.</summary>
    public string ToSiteYaml(string fallbackTitle)
    {
        var yaml = $"title: {YamlScalar.Quote(Title ?? fallbackTitle)}\n";
        return Description is { } description ? yaml + $"description: {YamlScalar.Quote(description)}\n" : yaml;
    }
}
