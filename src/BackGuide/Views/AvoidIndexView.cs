namespace BackGuide.Views;

/// <summary><c>avoid_index</c>: every movement to avoid, in groups (exercises, everyday movements).</summary>
public sealed record AvoidIndexView(string Title, IReadOnlyList<AvoidGroup> Groups, int Count) : IPageView;

/// <summary>A group of the avoid index.</summary>
public sealed record AvoidGroup(string Title, string Id, IReadOnlyList<AvoidEntry> Entries);

/// <summary>A movement to avoid: its page, why, and what to do instead.</summary>
public sealed record AvoidEntry(string Slug, string Title, string Url, string? Summary, string Reason, IReadOnlyList<LinkView> Instead);
