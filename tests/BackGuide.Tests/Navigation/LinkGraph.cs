using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BackGuide.Tests.Navigation;

/// <summary>The links of a built site as a reader follows them: which output page each link on a page leads to.</summary>
public sealed class LinkGraph(string outputDirectory)
{
    private static readonly HtmlParser Parser = new();

    public IDocument Page(string outputPath) => Parser.ParseDocument(File.ReadAllText(Path.Combine(outputDirectory, outputPath)));

    /// <summary>The output path and anchor a link on <paramref name="fromPath"/> leads to, or null for other hosts and in-page anchors.</summary>
    public static (string Path, string? Anchor)? Resolve(string fromPath, string href)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith("tel:", StringComparison.Ordinal) || href.StartsWith('#'))
        {
            return null;
        }
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? href[(hash + 1)..] : null;
        var target = (hash >= 0 ? href[..hash] : href).Split('?')[0];
        var baseUri = new Uri("file:///site/" + fromPath);
        var resolved = new Uri(baseUri, target).AbsolutePath;
        return (Uri.UnescapeDataString(resolved["/site/".Length..]), anchor);
    }

    /// <summary>The pages that links inside <paramref name="scope"/> (a CSS selector) of a page lead to, in document order.</summary>
    public IEnumerable<string> LinksFrom(string outputPath, string scope = "body") =>
        Page(outputPath).QuerySelectorAll(scope + " a[href]")
            .Select(a => Resolve(outputPath, a.GetAttribute("href")!))
            .Where(r => r is not null)
            .Select(r => r!.Value.Path);

    /// <summary>The pages the links matched by <paramref name="anchorSelector"/> lead to.</summary>
    public IEnumerable<string> Targets(string outputPath, string anchorSelector) =>
        Page(outputPath).QuerySelectorAll(anchorSelector)
            .Select(a => Resolve(outputPath, a.GetAttribute("href") ?? "#"))
            .Where(r => r is not null)
            .Select(r => r!.Value.Path);

    public bool Exists(string outputPath) => File.Exists(Path.Combine(outputDirectory, outputPath));

    /// <summary>
    /// Every reference on every page of the site that leads to no file of the output or to no id on its page: links,
    /// stylesheets, scripts, pictures and form actions, as "page → href".
    /// </summary>
    public IReadOnlyList<string> BrokenReferences()
    {
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(outputDirectory, file).Replace('\\', '/');
            var page = Page(path);
            foreach (var (element, attribute) in new[] { ("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action") })
            {
                foreach (var node in page.QuerySelectorAll($"{element}[{attribute}]"))
                {
                    var href = node.GetAttribute(attribute)!;
                    if (href.StartsWith('#') ? page.GetElementById(href[1..]) is null && href.Length > 1
                        : Resolve(path, href) is { } target && (!Exists(target.Path) || (target.Anchor is { Length: > 0 } id && target.Path.EndsWith(".html", StringComparison.Ordinal) && Page(target.Path).GetElementById(id) is null)))
                    {
                        broken.Add($"{path} → {href}");
                    }
                }
            }
        }
        return broken;
    }

    /// <summary>Every page a reader reaches from <paramref name="start"/> in at most <paramref name="clicks"/> clicks, with the clicks it takes.</summary>
    public Dictionary<string, int> Reachable(string start, int clicks)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [start] = 0 };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            if (depth[page] == clicks)
            {
                continue;
            }
            foreach (var next in LinksFrom(page).Where(p => p.EndsWith(".html", StringComparison.Ordinal) && Exists(p)))
            {
                if (depth.TryAdd(next, depth[page] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return depth;
    }

    /// <summary>Home, the avoid index, and the pages of the guide's sections (exercises, self-care, guide), facet pages included.</summary>
    public static bool IsGuidePage(string outputPath) =>
        outputPath is "index.html" or "avoid.html"
        || outputPath.StartsWith("exercises/", StringComparison.Ordinal)
        || outputPath.StartsWith("self-care/", StringComparison.Ordinal)
        || outputPath.StartsWith("guide/", StringComparison.Ordinal);

    /// <summary>
    /// Every page a reader reaches by following links, so each must be linked from somewhere: all but 404.html (the host
    /// shows it for a missing address) and search.html (the search box's form opens it).
    /// </summary>
    public static bool IsLinkedPage(string outputPath) => outputPath is not ("404.html" or "search.html");

    /// <summary>Lower-case words joined by hyphens, as the build makes slugs ("lower back" → "lower-back").</summary>
    public static string Slug(string text) =>
        string.Join('-', text.ToLowerInvariant().Split(c => !char.IsAsciiLetterOrDigit(c), StringSplitOptions.RemoveEmptyEntries));
}

internal static class StringSplitExtensions
{
    public static string[] Split(this string text, Func<char, bool> isSeparator, StringSplitOptions options) =>
        new string(text.Select(c => isSeparator(c) ? ' ' : c).ToArray()).Split(' ', options);
}
