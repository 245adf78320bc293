using BackGuide.Content;
using BackGuide.FrontMatter;

namespace BackGuide.Starter;

/// <summary>
/// The files of a new guide (<c>backguide init</c>): settings, a home page, one page of each kind, a .gitignore and a
/// GitHub Pages workflow. Placeholder text only, about no part of the body, so it fits any guide; it builds with no
/// warning and no broken link as it is.
/// </summary>
public static class StarterGuide
{
    public const string ExerciseTitle = "Example exercise";
    public const string SelfCareTitle = "Example self-care page";
    public const string PageTitle = "About this guide";

    /// <summary>Each file's path relative to the new guide's folder ('/'-separated), and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title) =>
    [
        ("input/site.yml", StarterPage.CreateSiteSettings(title)),
        ("input/index.md", Home(title)),
        ($"input/{Sections.Exercises}/{PagePaths.Slugify(ExerciseTitle)}.md", StarterPage.Create(PageKind.Exercise, ExerciseTitle)),
        ($"input/{Sections.SelfCare}/{PagePaths.Slugify(SelfCareTitle)}.md", StarterPage.Create(PageKind.SelfCare, SelfCareTitle)),
        ($"input/{PagePaths.Slugify(PageTitle)}.md", StarterPage.Create(PageKind.Page, PageTitle)),
        (".gitignore", "# What backguide build writes, and its working files beside it.\noutput/\n.output.backguide-*\n"),
        (".github/workflows/site.yml", PagesWorkflow.Text),
    ];

    private static string Home(string title) => $"""
        ---
        # The home page. Its title and summary head the page; the sections and their pages are listed below the text.
        title: {YamlScalar.Quote(title)}
        summary: One or two sentences on who this guide is for and what it helps with.
        ---

        Say here, in plain words, what a reader finds in this guide and where to start. For example:
        start with [the example exercise](exercises/{PagePaths.Slugify(ExerciseTitle)}.md), or read
        [about this guide](about-this-guide.md).

        Write new pages with `backguide new exercise "Title"`, `backguide new self-care "Title"` or
        `backguide new page "Title"`, and watch them with `backguide preview`.

        """;
}
