using BackGuide.Content;

namespace BackGuide.Views;

/// <summary><c>site</c>: the settings of site.yml that every page may show.</summary>
public sealed record SiteView(string Title, string Description, string Language, string Disclaimer, string BaseUrl, string StopRule,
    ContactNumber? Emergency, ContactNumber? Urgent);
