using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace BackGuide.Templates;

/// <summary>
/// Pages' bodies as their own templates rendered them, kept for a page that embeds other pages (the print document),
/// so no page is rendered twice. Only the bodies asked for are kept.
/// </summary>
public sealed class RenderedBodies
{
    private readonly ConcurrentDictionary<string, string> _bodies = new(StringComparer.Ordinal);
    private FrozenSet<string> _wanted = FrozenSet<string>.Empty;

    /// <summary>Asks for the bodies of the pages at these output paths to be kept.</summary>
    public void Want(IEnumerable<string> outputPaths) => _wanted = _wanted.Union(outputPaths).ToFrozenSet(StringComparer.Ordinal);

    public bool IsWanted(string outputPath) => _wanted.Contains(outputPath);

    public void Keep(string outputPath, string body)
    {
        if (_wanted.Contains(outputPath))
        {
            _bodies[outputPath] = body;
        }
    }

    public string? Find(string outputPath) => _bodies.GetValueOrDefault(outputPath);
}
