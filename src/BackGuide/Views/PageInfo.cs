namespace BackGuide.Views;

/// <summary><c>page</c>: what every page says about itself.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Summary">Its summary (front matter) or description (a generated page); null for none.</param>
/// <param name="CrumbTitle">Its name in the breadcrumbs (shorter on facet pages).</param>
/// <param name="Kind">home, exercise, selfcare, page, sectionindex, notfound or generated.</param>
/// <param name="Section">The folder it is in ("exercises"), or "" at the root.</param>
/// <param name="Path">Its output path, e.g. exercises/bird-dog.html.</param>
/// <param name="Slug">Its file name without .html.</param>
/// <param name="Canonical">Its absolute address when site.yml sets baseUrl; null otherwise.</param>
/// <param name="Updated">When it was last updated, YYYY-MM-DD, or null.</param>
/// <param name="UpdatedText">The same date for reading, e.g. 1 November 2026.</param>
/// <param name="IsHome">True on the home page.</param>
/// <param name="Image">The absolute address of its first picture (<c>images:</c>) when site.yml sets baseUrl, for <c>og:image</c>; null otherwise.</param>
/// <param name="ImageAlt">That picture's alt text; null when there is no <paramref name="Image"/>.</param>
/// <param name="IsDraft">True on a page marked <c>draft: true</c>, built only by preview and <c>build --drafts</c>.</param>
public sealed record PageInfo(string Title, string? Summary, string CrumbTitle, string Kind, string Section, string Path, string Slug,
    string? Canonical, string? Updated, string? UpdatedText, bool IsHome, string? Image, string? ImageAlt, bool IsDraft);
