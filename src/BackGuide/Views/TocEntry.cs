namespace BackGuide.Views;

/// <summary>A heading in the page's contents (<c>toc</c>): its text, its anchor and its level (2 or 3).</summary>
public sealed record TocEntry(string Text, string Id, int Level);
