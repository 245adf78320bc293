namespace BackGuide.Views;

/// <summary>A heading in the page's contents (<c>toc</c>): its text, its anchor, its level (2 or 3) and the level-3 headings under it.</summary>
public sealed record TocEntry(string Text, string Id, int Level, IReadOnlyList<TocEntry> Children);
