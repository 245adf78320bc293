using BackGuide.Diagnostics;
using BackGuide.FrontMatter;
using BackGuide.Markdown;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Splits each page into its YAML front matter and its Markdown body. The whole text is let go once split (later steps
/// read <see cref="Document.Yaml"/> and <see cref="Document.Body"/>), so a big site does not hold every page twice.
/// </summary>
public sealed class ExtractFrontMatter : PerDocumentStep
{
    protected override bool ShouldProcess(Document document) => !document.Failed && document.Source is not null && document.CopyFrom is null;

    protected override Document Process(Document document, BuildContext context)
    {
        if (!FrontMatterSplitter.TrySplit(document.Text, out var block))
        {
            context.Diagnostics.Error(document.Source!, 1, 1, DiagnosticCodes.FrontMatterNotClosed,
                "the front matter starts with '---' on line 1 but is never closed. Add a line '---' after the last front-matter line.");
            return document with { Failed = true };
        }
        if (block.Yaml is null && TitleHeading.FirstLine(block.Body) is var (title, line))
        {
            // MkDocs takes a page's title from its first heading; such a page builds, and the warning says how to make it ours.
            context.Diagnostics.Warning(document.Source!, block.BodyLine + line - 1, 1, DiagnosticCodes.TitleFromHeading,
                $"this page has no front matter, so its title, '{title}', is taken from its first heading. Start the file with '---', a line 'title: {YamlScalar.Quote(title)}', and '---' to set it yourself.");
            return document with { Yaml = "title: " + YamlScalar.Quote(title), YamlLine = block.BodyLine + line - 1, Body = block.Body, BodyLine = block.BodyLine, Text = "" };
        }
        if (block.Yaml is null)
        {
            context.Diagnostics.Error(document.Source!, 1, 1, DiagnosticCodes.FrontMatterMissing,
                "this page has no front matter. Start the file with '---', a line 'title: Your title', and '---'.");
            return document with { Failed = true, Body = block.Body, BodyLine = block.BodyLine, Text = "" };
        }
        return document with { Yaml = block.Yaml, YamlLine = block.YamlLine, Body = block.Body, BodyLine = block.BodyLine, Text = "" };
    }
}
