namespace BackGuide.Views;

/// <summary><c>home</c>: what the home page lists — each section with its pages, and every page by "section/slug".</summary>
public sealed record HomeView(IReadOnlyList<HomeSection> Sections, IReadOnlyDictionary<string, LinkView> Pages);

/// <summary>A section on the home page: its list page's title and URL, its folder, and its pages (movements to avoid left out).</summary>
public sealed record HomeSection(string Title, string Url, string Section, IReadOnlyList<LinkView> Items);
