namespace BackGuide.Search;

/// <summary>
/// The built index: the pages, each term's encoded postings (<see cref="PostingEncoding"/>), a readable word for each
/// stem that differs from it (for "did you mean"), and the synonym groups and stop words the browser needs.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchablePage> Pages,
    IReadOnlyDictionary<string, string> Terms,
    IReadOnlyDictionary<string, string> Words,
    IReadOnlyList<IReadOnlyList<string>> Synonyms);
