namespace BackGuide.Search;

/// <summary>
/// What the index reads of one page: where it is, its title, a short text for snippets, and its searchable text as
/// pieces in field order (title, keywords, headings, summary, body; see <see cref="SearchField"/>).
/// </summary>
public sealed record SearchablePage(string Url, string Title, string Snippet, IReadOnlyList<FieldText> Text)
{
    /// <summary>On a movement to avoid, the pages to do instead (possibly none found); null on every other page.</summary>
    public IReadOnlyList<SearchLink>? Instead { get; init; }

    /// <summary>The warning signs the page explains (front matter <c>warningSigns</c>); search puts it first for them.</summary>
    public IReadOnlyList<string> WarningSigns { get; init; } = [];
}

/// <summary>One piece of a page's searchable text (a tag, a heading, the body) and the field it counts in.</summary>
public readonly record struct FieldText(SearchField Field, string Text);

/// <summary>A page a search result links to besides itself: its title, and its address from the site root.</summary>
public readonly record struct SearchLink(string Title, string Url);
