using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using BackGuide.Markdown;

namespace BackGuide.Import;

/// <summary>One page of another generator as a BackGuide page: its front matter (YAML, or Hugo's TOML) and its body converted.</summary>
public static class PageImporter
{
    /// <summary>The page's new text, or null when it is not imported (the reason is reported).</summary>
    public static string? Convert(SourceGenerator generator, ImportFile file, string text, SourceFile source, DiagnosticBag diagnostics)
    {
        string yaml;
        int yamlLine;
        string body;
        int bodyLine;
        if (generator == SourceGenerator.Hugo && text.StartsWith("+++\n", StringComparison.Ordinal))
        {
            var close = text.IndexOf("\n+++", 3, StringComparison.Ordinal);
            if (close < 0)
            {
                NotClosed(source, "+++", diagnostics);
                return null;
            }
            var afterFence = text.IndexOf('\n', close + 1);
            yaml = TomlFrontMatter.ToYaml(text[4..(close + 1)], 2, source, diagnostics);
            yamlLine = 2;
            body = afterFence < 0 ? "" : text[(afterFence + 1)..];
            bodyLine = text[..(close + 1)].Count(c => c == '\n') + 2;
        }
        else if (!FrontMatterSplitter.TrySplit(text, out var block))
        {
            NotClosed(source, "---", diagnostics);
            return null;
        }
        else if (block.Yaml is null && generator == SourceGenerator.Jekyll)
        {
            diagnostics.Warning(source, 1, 1, DiagnosticCodes.ImportNotConverted,
                "this file has no front matter, so Jekyll publishes it as it is rather than as a page, and it was not imported. Add front matter ('---', 'title: …', '---') and import again if it is a page.");
            return null;
        }
        else
        {
            (yaml, yamlLine, body, bodyLine) = (block.Yaml ?? "", Math.Max(block.YamlLine, 1), block.Body, block.BodyLine);
        }
        var map = YamlLoader.Load(yaml, source, yamlLine, diagnostics);
        if (map is null)
        {
            return null;
        }
        var section = file.Target.Contains('/', StringComparison.Ordinal) ? file.Target[..file.Target.IndexOf('/', StringComparison.Ordinal)] : "";
        var kind = PagePaths.IsIndex(file.Target) ? PageKind.Page : Sections.KindOf(section);
        var title = TitleHeading.FirstLine(body) is var (heading, _) ? (heading, false) : (TitleOf(file.Target), true);
        var frontMatter = FrontMatterConverter.Convert(yaml, map, yamlLine, new FrontMatterConverter.Page(kind, title, file.NameDate, file.Draft), source, diagnostics);
        return "---\n" + frontMatter + "---\n" + BodyConverter.Convert(generator, body, bodyLine, source, diagnostics);
    }

    /// <summary>A title made from a file name: "getting_started.md" → "Getting started"; a folder's index takes the folder's name.</summary>
    private static string TitleOf(string target)
    {
        var parts = target.Split('/');
        var name = PagePaths.IsIndex(target) ? (parts.Length > 1 ? parts[^2] : "Home") : Path.GetFileNameWithoutExtension(parts[^1]);
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static void NotClosed(SourceFile source, string fence, DiagnosticBag diagnostics) =>
        diagnostics.Error(source, 1, 1, DiagnosticCodes.FrontMatterNotClosed,
            $"the front matter starts with '{fence}' on line 1 but is never closed, so this page was not imported. Add a line '{fence}' after the last front-matter line and import again.");
}
