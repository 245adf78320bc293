namespace BackGuide.Views;

/// <summary>A link to a page: its title, the relative URL from the page that shows it, its summary and its slug.</summary>
public sealed record LinkView(string Title, string Url, string? Summary, string Slug);
