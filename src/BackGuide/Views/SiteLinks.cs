namespace BackGuide.Views;

/// <summary><c>links</c>: the URLs, from the page being shown, of the pages the build generated; null when the site has no such page.</summary>
public sealed record SiteLinks(string Home, string? Search, string? Avoid, string? Cards, string? Print, string? Exercises);
