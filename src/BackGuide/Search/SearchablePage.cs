namespace BackGuide.Search;

/// <summary>What the index knows of one page: where it is, its title, a short text for snippets, and its text by field.</summary>
public sealed record SearchablePage(string Url, string Title, string Snippet, IReadOnlyDictionary<SearchField, string> Fields);
