namespace BackGuide.Views;

/// <summary><c>card</c>: one exercise card, as the card page and the sheet of all cards show it.</summary>
/// <param name="Title">The exercise's title.</param>
/// <param name="Summary">Its summary.</param>
/// <param name="Exercise">Its front matter set out (dose, steps, cautions…).</param>
/// <param name="PageUrl">The URL of the exercise's own page, from the card.</param>
/// <param name="Address">The page's address as printed on the card (absolute when site.yml sets baseUrl).</param>
public sealed record CardView(string Title, string? Summary, ExerciseView Exercise, string PageUrl, string Address) : IPageView;

/// <summary><c>cards</c>: the sheet of every card, four to a printed page.</summary>
public sealed record CardsView(string Title, int Count, IReadOnlyList<CardSheet> Sheets) : IPageView;

/// <summary>The cards of one printed sheet.</summary>
public sealed record CardSheet(IReadOnlyList<CardView> Cards);
