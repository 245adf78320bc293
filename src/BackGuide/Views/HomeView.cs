namespace BackGuide.Views;

/// <summary>
/// <c>home</c>: what the home page lists — each section with its pages, and every page by "section/slug" — and its
/// heading: the page's title, or its summary when the title only repeats the site title the header already shows
/// (then <c>Intro</c>, the summary under the heading, is null).
/// </summary>
public sealed record HomeView(IReadOnlyList<HomeSection> Sections, IReadOnlyDictionary<string, LinkView> Pages, string Heading, string? Intro);

/// <summary>
/// A section on the home page: its list page's title and URL, its folder, its pages (movements to avoid left out), and
/// how many pages it has ("120 pages"). On a large site (<see cref="Pipeline.SiteIndex.IsLarge"/>) <c>Items</c> is
/// empty: the section's own page lists them.
/// </summary>
public sealed record HomeSection(string Title, string Url, string Section, IReadOnlyList<LinkView> Items, int Count, string CountText);
