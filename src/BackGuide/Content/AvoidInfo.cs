namespace BackGuide.Content;

/// <summary>Marks a movement to avoid: why, and which pages to do instead.</summary>
public sealed record AvoidInfo(string Reason, IReadOnlyList<PageReference> Instead, bool Everyday, int Line, int Column);
