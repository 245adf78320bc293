using BackGuide.Content;

namespace BackGuide.Views;

/// <summary><c>site</c>: the settings of site.yml that every page may show.</summary>
/// <param name="Logo">The logo's path from the site root, escaped for a URL (write <c>{{ root }}{{ site.logo }}</c>); null for none.</param>
/// <param name="Stylesheets">The site's own stylesheets after the theme's, paths from the site root: <c>assets/extra.css</c> when the theme has one, then site.yml's <c>css</c>.</param>
/// <param name="AccentColor">site.yml's <c>accentColor</c> (#rrggbb), or null for the theme's.</param>
/// <param name="AccentColorDark">site.yml's <c>accentColorDark</c>, or null.</param>
public sealed record SiteView(string Title, string Description, string Language, string Disclaimer, string BaseUrl, string StopRule,
    ContactNumber? Emergency, ContactNumber? Urgent, string? Logo, IReadOnlyList<string> Stylesheets, string? AccentColor, string? AccentColorDark);
