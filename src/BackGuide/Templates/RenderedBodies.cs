using System.Collections.Concurrent;

namespace BackGuide.Templates;

/// <summary>
/// Pages' bodies as their own templates rendered them, kept for a page that embeds other pages (the print document),
/// so no page is rendered twice. Only the bodies asked for are kept, each already made ready for embedding by the
/// caller's <c>prepare</c>, on the thread that rendered it: the embedding page then only copies them.
/// </summary>
public sealed class RenderedBodies
{
    private readonly ConcurrentDictionary<string, string> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<string, string, string>> _wanted = new(StringComparer.Ordinal);

    /// <summary>
    /// Asks for the bodies of the pages at these output paths to be kept, each as <paramref name="prepare"/> makes it
    /// from the body and the page's output path.
    /// </summary>
    public void Want(IEnumerable<string> outputPaths, Func<string, string, string> prepare)
    {
        foreach (var path in outputPaths)
        {
            _wanted[path] = prepare;
        }
    }

    public bool IsWanted(string outputPath) => _wanted.ContainsKey(outputPath);

    public void Keep(string outputPath, string body)
    {
        if (_wanted.TryGetValue(outputPath, out var prepare))
        {
            _bodies[outputPath] = prepare(body, outputPath);
        }
    }

    /// <summary>The kept, prepared body of the page at <paramref name="outputPath"/>, or null when it was not rendered.</summary>
    public string? Find(string outputPath) => _bodies.GetValueOrDefault(outputPath);
}
