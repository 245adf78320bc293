using System.Collections.Concurrent;
using BackGuide.Links;

namespace BackGuide.Pipeline;

/// <summary>
/// Keeps each page's rendered Markdown between builds of one preview session, so a rebuild parses and renders only
/// the pages whose text changed, or whose links now lead somewhere else (a page they link to was added, removed or
/// moved). Everything derived from many pages (lists, cards, indexes, search) is made anew from these results.
/// </summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, Document> _rendered = new(StringComparer.Ordinal);

    /// <summary>How many pages the last build took from the cache and how many it rendered.</summary>
    public int Hits => _hits;

    public int Misses => _misses;

    private int _hits;
    private bool _rawHtml;
    private int _misses;

    /// <summary>The page with its body, headings, text and links from the last build, when nothing they depend on changed.</summary>
    public Document? Find(Document document, SiteIndex site)
    {
        if (_rendered.TryGetValue(document.Source!.RelativePath, out var kept)
            && kept.Body == document.Body && kept.BodyLine == document.BodyLine && kept.OutputPath == document.OutputPath
            && kept.Meta?.Title == document.Meta?.Title
            && kept.Links.All(link => LinkTargets.StillLeadsTo(document, site, link)))
        {
            Interlocked.Increment(ref _hits);
            return document with { Html = kept.Html, Headings = kept.Headings, Anchors = kept.Anchors, PlainText = kept.PlainText, Links = kept.Links };
        }
        Interlocked.Increment(ref _misses);
        return null;
    }

    /// <summary>Remembers a freshly rendered page, without its front matter or anything later steps add.</summary>
    public void Keep(Document rendered) =>
        _rendered[rendered.Source!.RelativePath] = new Document
        {
            OutputPath = rendered.OutputPath,
            Body = rendered.Body,
            BodyLine = rendered.BodyLine,
            Meta = rendered.Meta, // its title decides whether a '# Title' line in the body is dropped (TitleHeading)
            Html = rendered.Html,
            Headings = rendered.Headings,
            Anchors = rendered.Anchors,
            PlainText = rendered.PlainText,
            Links = rendered.Links,
        };

    /// <summary>Starts counting hits and misses for a new build, and forgets pages that no longer exist.</summary>
    public void BeginBuild(IEnumerable<string> sourcePaths, bool rawHtml)
    {
        if (rawHtml != _rawHtml)
        {
            _rendered.Clear(); // the same Markdown renders differently
            _rawHtml = rawHtml;
        }
        _hits = 0;
        _misses = 0;
        var present = sourcePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _rendered.Keys.Where(p => !present.Contains(p)))
        {
            _rendered.TryRemove(path, out _);
        }
    }
}
