using System.Collections.Concurrent;

namespace BackGuide.Templates;

/// <summary>
/// Keeps each page's finished HTML between builds of one preview session, with the fingerprint of the model it was
/// rendered from: a rebuild renders only the pages whose model changed (the edited page, and the lists, cards and
/// indexes that show it). A new set of templates (a theme change) starts it afresh, so every page is rendered.
/// </summary>
public sealed class PageOutputCache
{
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private ITemplateEngine? _templates;
    private int _rendered;
    private int _reused;

    /// <summary>Pages the last build rendered, and pages it took from the cache.</summary>
    public int Rendered => _rendered;

    public int Reused => _reused;

    /// <summary>Starts a build with these templates; the cache empties when they are not the ones it was filled with.</summary>
    public void BeginBuild(ITemplateEngine templates)
    {
        if (!ReferenceEquals(templates, _templates))
        {
            _pages.Clear();
            _templates = templates;
        }
        _rendered = 0;
        _reused = 0;
    }

    /// <summary>A page's HTML and its body (the page template's part) from the last build, when its model is the same.</summary>
    public (ReadOnlyMemory<byte> Output, string Body)? Find(string outputPath, byte[]? fingerprint)
    {
        if (fingerprint is not null && _pages.TryGetValue(outputPath, out var kept) && kept.Fingerprint.AsSpan().SequenceEqual(fingerprint))
        {
            Interlocked.Increment(ref _reused);
            return (kept.Output, kept.Body);
        }
        Interlocked.Increment(ref _rendered);
        return null;
    }

    public void Keep(string outputPath, byte[]? fingerprint, ReadOnlyMemory<byte> output, string body)
    {
        if (fingerprint is null)
        {
            _pages.TryRemove(outputPath, out _);
        }
        else
        {
            _pages[outputPath] = new Entry(fingerprint, output, body);
        }
    }

    private sealed record Entry(byte[] Fingerprint, ReadOnlyMemory<byte> Output, string Body);
}
