using System.Collections.Concurrent;

namespace BackGuide.Pipeline;

/// <summary>
/// The pages a build left out because they are drafts, so that a link or reference to one can say it names a draft
/// (publish it, or build with <c>--drafts</c>) rather than a page that does not exist.
/// </summary>
public sealed class DraftPages
{
    private readonly ConcurrentDictionary<string, byte> _sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _references = new(StringComparer.Ordinal);

    public void Add(Document draft)
    {
        _sources.TryAdd(draft.Source!.RelativePath, 0);
        _references.TryAdd(draft.Section + "/" + draft.Slug, 0);
    }

    /// <summary>True when the input file at <paramref name="relativeSource"/> is a draft left out of this build.</summary>
    public bool HasSource(string? relativeSource) => relativeSource is not null && _sources.ContainsKey(relativeSource);

    /// <summary>True when the page <paramref name="section"/>/<paramref name="slug"/> is a draft left out of this build.</summary>
    public bool HasReference(string section, string slug) => _references.ContainsKey(section + "/" + slug);
}
