namespace BackGuide.Views;

/// <summary><c>list</c>: a section's list page, or a facet page ("Exercises for the hamstrings").</summary>
/// <param name="Title">The list's title.</param>
/// <param name="Name">The section's folder ("exercises"), or "facet" on a facet page; the theme's CSS class is list--NAME.</param>
/// <param name="Groups">The pages in groups (exercises by category, self-care by topic), in reading order.</param>
/// <param name="Filters">The browser filters of the exercises list; empty elsewhere.</param>
/// <param name="ShowsRoutine">True where each exercise gets an "Add to my routine" button (the exercises list).</param>
/// <param name="Facet">The facet a facet page lists; null on a section list.</param>
public sealed record ListView(string Title, string Name, IReadOnlyList<ListGroup> Groups, IReadOnlyList<FilterView> Filters, bool ShowsRoutine,
    FacetValue? Facet) : IPageView;

/// <summary>A group of a list; <c>title</c> is "" when the list has one group only.</summary>
public sealed record ListGroup(string Title, string Id, IReadOnlyList<ListItem> Items);

/// <summary>A page in a list: its link, whether it is a movement to avoid, and the values the filters match.</summary>
public sealed record ListItem(string Title, string Url, string? Summary, string Slug, bool Avoid, FilterValues? Filter);

/// <summary>The values an exercise offers each filter, as space-separated slugs (null when it has none).</summary>
public sealed record FilterValues(string? Target, string? Position, string? Equipment, string? Difficulty);

/// <summary>One filter of the exercises list: its name (target, position, equipment, difficulty), label and choices.</summary>
public sealed record FilterView(string Name, string Label, IReadOnlyList<FilterOption> Options);

/// <summary>A choice of a filter.</summary>
public sealed record FilterOption(string Value, string Label);

/// <summary>The facet a facet page lists: its kind (targets or positions), value and label.</summary>
public sealed record FacetValue(string Kind, string Value, string Label);
