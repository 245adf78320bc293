using BackGuide.Content;
using BackGuide.Templates;
using BackGuide.Views;

namespace BackGuide.Tests.Support;

/// <summary>Small page models for rendering a template on its own, without a build.</summary>
internal static class TemplateModels
{
    public static PageModel Page(string title = "Cat & cow", string? body = null, string siteTitle = "Back <care>") => new()
    {
        Site = new SiteView(siteTitle, "", "en", "General information.", "", "Stop if it hurts more.", null, null, null, [], null, null),
        Root = "../",
        Links = new SiteLinks("../index.html", null, null, null, null, null),
        Page = new PageInfo(title, null, title, "page", "guide", "guide/cat.html", "cat", null, null, null, false, null, null, false),
        Strings = ThemeStrings.English,
        Nav = [new MenuItem("Home", "../index.html", false, false)],
        Body = body is null ? null : TrustedHtml.From(body),
    };
}
