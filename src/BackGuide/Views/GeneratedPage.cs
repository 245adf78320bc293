namespace BackGuide.Views;

/// <summary>What a page the build generates says about itself: its title, and its place in the site.</summary>
public sealed record GeneratedPage(string Title)
{
    /// <summary>One sentence for the meta description; null for none.</summary>
    public string? Description { get; init; }

    /// <summary>Its name in the breadcrumbs, when shorter than the title.</summary>
    public string? CrumbTitle { get; init; }

    /// <summary>Its entry in the header's menu, after the sections; null for none.</summary>
    public string? MenuTitle { get; init; }

    /// <summary>False keeps it out of sitemap.xml (the search page, the 404 page).</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>The feature whose page this is, so links to it appear only when it exists.</summary>
    public SiteFeature Feature { get; init; }
}

/// <summary>The generated pages other pages link to when they exist.</summary>
public enum SiteFeature
{
    None,
    Search,
    AvoidIndex,
    Cards,
    Print,
}
