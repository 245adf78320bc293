namespace BackGuide.Output;

/// <summary>Relative links between output files, so the site works from file:// and under any sub-path.</summary>
public static class RelativeUrl
{
    /// <summary>The link from the page at <paramref name="from"/> to the file at <paramref name="to"/> (both output paths).</summary>
    public static string Between(string from, string to)
    {
        var fromParts = from.Split('/');
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length - 1 && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }
        var up = fromParts.Length - 1 - common;
        var parts = Enumerable.Repeat("..", up).Concat(toParts.Skip(common).Select(Uri.EscapeDataString));
        return string.Join('/', parts);
    }

    /// <summary>
    /// The address of the file at <paramref name="outputPath"/> relative to the site root, each segment escaped, so a
    /// folder named like "javascript:x" or holding '#' or '?' stays a path: <c>javascript%3Ax/a.html</c>.
    /// </summary>
    public static string FromRoot(string outputPath) => string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute address of the file at <paramref name="outputPath"/> under <paramref name="baseUrl"/> (which ends in '/'), each segment escaped.</summary>
    public static string Absolute(string baseUrl, string outputPath) => baseUrl + FromRoot(outputPath);

    /// <summary>The prefix that leads from the page at <paramref name="from"/> to the site root: "", "../", "../../".</summary>
    public static string ToRoot(string from)
    {
        var depth = from.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The path, relative to the root, that a link on the file at <paramref name="fromSource"/> leads to (a leading '/' means the root), or null when it climbs above the root.</summary>
    public static string? Combine(string fromSource, string link)
    {
        var parts = new List<string>();
        if (!link.StartsWith('/'))
        {
            parts.AddRange(fromSource.Split('/')[..^1]);
        }
        foreach (var part in link.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return string.Join('/', parts) + (link.EndsWith('/') ? "/" : "");
    }
}
