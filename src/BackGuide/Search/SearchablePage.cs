namespace BackGuide.Search;

/// <summary>
/// What the index reads of one page: where it is, its title, a short text for snippets, and its searchable text as
/// pieces in field order (title, keywords, headings, summary, body; see <see cref="SearchField"/>).
/// </summary>
public sealed record SearchablePage(string Url, string Title, string Snippet, IReadOnlyList<FieldText> Text);

/// <summary>One piece of a page's searchable text (a tag, a heading, the body) and the field it counts in.</summary>
public readonly record struct FieldText(SearchField Field, string Text);
