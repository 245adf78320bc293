using AngleSharp.Html.Parser;

namespace BackGuide.Tests.Diagnostics;

/// <summary>Checks on what a bad-input case built: content can never inject script, and what must show, shows.</summary>
public static class BuiltPages
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Structured data that parses as JSON and cannot close its element: content may appear there as data, never as code.</summary>
    private static bool IsInertJsonData(AngleSharp.Dom.IElement script)
    {
        if (script.GetAttribute("type") != "application/ld+json" || script.TextContent.Contains('<', StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    /// <summary>No script element, event-handler attribute or javascript: URL carries the cases' marker "pwned".</summary>
    public static void AssertNothingInjected(string outputDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("*"))
            {
                if (element.LocalName == "script" && element.TextContent.Contains("pwned", StringComparison.Ordinal) && !IsInertJsonData(element))
                {
                    Assert.Fail($"{file}: content became a script element: {element.OuterHtml}");
                }
                foreach (var attribute in element.Attributes)
                {
                    var injected = attribute.Value.Contains("pwned", StringComparison.Ordinal)
                        && (attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
                    if (injected)
                    {
                        Assert.Fail($"{file}: content became an event handler or javascript: URL: {element.OuterHtml}");
                    }
                }
            }
        }
    }

    /// <summary>Each line of <paramref name="list"/>, <c>output-path | text</c>, names text the page must show to a reader.</summary>
    public static void AssertVisible(string list, string outputDirectory)
    {
        if (!File.Exists(list))
        {
            return;
        }
        foreach (var line in File.ReadAllLines(list).Where(l => l.Length > 0))
        {
            var (page, text) = (line[..line.IndexOf(" | ", StringComparison.Ordinal)], line[(line.IndexOf(" | ", StringComparison.Ordinal) + 3)..]);
            var document = Parser.ParseDocument(File.ReadAllText(Path.Combine(outputDirectory, page)));
            Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
        }
    }
}
