namespace BackGuide.Search;

/// <summary>
/// One indexed term: the stem, the folded word it came from, and whether it is the joined form of a hyphenated word
/// ("sit-ups" gives "sit", "up" and the compound "situp").
/// </summary>
public readonly record struct SearchToken(string Term, string Word, bool IsCompound);
