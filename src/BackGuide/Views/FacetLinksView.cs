namespace BackGuide.Views;

/// <summary><c>facets</c>: links to every facet page, by target and by position, marking the one being shown.</summary>
public sealed record FacetLinksView(IReadOnlyList<FacetPageLink> Targets, IReadOnlyList<FacetPageLink> Positions);

/// <summary>A link to a facet page: its label, its page's title, the value's slug, its URL, and whether it is the page shown.</summary>
public sealed record FacetPageLink(string Label, string Title, string Value, string Url, bool Current);
