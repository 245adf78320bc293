using BackGuide.Content;

namespace BackGuide.FrontMatter;

/// <summary>The front-matter keys each kind of page accepts; the single source for validation, new pages and the JSON Schema.</summary>
public static class FrontMatterSchema
{
    private static readonly FieldSpec[] ImageFields =
    [
        new("src", FieldType.Text, "The picture file, relative to the page.") { Required = true, Example = "images/bird-dog-start.svg" },
        new("alt", FieldType.Text, "What the picture shows, in words, for people who cannot see it.") { Required = true, Example = "Standing tall, feet hip-width apart", EmptyCode = Diagnostics.DiagnosticCodes.ImageAltMissing, EmptyHint = "Say in words what the picture shows (the position of the body, arms and legs), for people who cannot see it." },
        new("caption", FieldType.Text, "A short caption under the picture.") { Example = "Start" },
        new("step", FieldType.WholeNumber, "On an exercise: the number of the step the picture shows (1 is the first); search engines see the picture on that step.") { Example = "4" },
    ];

    // After ImageFields: static fields initialise in order.
    private static readonly FieldSpec[] Common =
    [
        new("title", FieldType.Text, "The page title, as readers see it.") { Required = true, Example = "Bird dog" },
        new("summary", FieldType.Text, "One plain sentence: what the page is about. Used in lists, search and the meta description.") { Example = "One sentence on what this page is about, in plain words." },
        new("slug", FieldType.Text, "The page's file name in the output, lower-case words joined by hyphens. Defaults to the file name.") { Example = "bird-dog" },
        new("order", FieldType.WholeNumber, "Position in its section's list; lower comes first, then by title.") { Example = "1" },
        new("search", FieldType.Boolean, "false keeps the page out of the search index.") { Example = "true" },
        new("draft", FieldType.Boolean, "true keeps the page out of the site (lists, search, sitemap, print, cards) until you publish it; preview and build --drafts show it, marked as a draft.") { Example = "false" },
        new("updated", FieldType.Date, "When the page was last updated, as YYYY-MM-DD.") { Example = "2026-11-01" },
        new("reviewedBy", FieldType.Text, "Who last reviewed the page clinically, with their role. Published only when set; leave it out until a clinician has.") { Example = "Jane Doe, physiotherapist" },
        new("nextReview", FieldType.Date, "When the page is next due for review, as YYYY-MM-DD. Published only when set.") { Example = "2027-11-01" },
        new("warningSigns", FieldType.TextList, "Warning signs this page explains (sudden swelling, fever). A search for any of them shows this page first.") { Example = "[sudden swelling, fever]" },
        new("tags", FieldType.TextList, "Extra words that search should match.") { Example = "[]" },
        new("images", FieldType.ImageList, "Pictures of the page: src (a file under input/, SVG, PNG, JPEG or WebP), alt (what the picture shows, in words) and caption.") { Children = ImageFields, Example = "[{src: images/bird-dog-start.svg, alt: Standing tall, feet hip-width apart, caption: Start}]" },
    ];

    private static readonly FieldSpec Related =
        new("related", FieldType.ReferenceList, "Related pages: a bare slug for this section, section/slug for another.") { Example = "[warm-up, self-care/rest-and-recovery]" };

    private static readonly FieldSpec[] DoseFields =
    [
        new("hold", FieldType.Text, "How long to hold, e.g. 15–30 seconds.") { Example = "5 seconds" },
        new("reps", FieldType.Text, "Repetitions, e.g. 8–12.") { Example = "8–12" },
        new("sets", FieldType.Text, "Sets, e.g. 2–3.") { Example = "1–2" },
        new("sides", FieldType.Text, "Sides, e.g. each side, each leg.") { Example = "each side" },
        new("frequency", FieldType.Text, "How often, e.g. once or twice a day.") { Example = "once or twice a day" },
    ];

    private static readonly FieldSpec[] AvoidFields =
    [
        new("reason", FieldType.Text, "Why the movement is risky.") { Required = true, Example = "It puts strain where it can do harm." },
        new("instead", FieldType.ReferenceList, "What to do instead: exercise slugs, or section/slug for other pages.") { Required = true, Example = "[gentler-version]" },
        new("everyday", FieldType.Boolean, "true for an everyday movement (lifting, sitting) rather than an exercise.") { Example = "false" },
    ];

    private static readonly FieldSpec[] ContactFields =
    [
        new("number", FieldType.Text, "The number to call, as text.") { Required = true, Example = "\"999\"" },
        new("label", FieldType.Text, "What to do, in a few words, e.g. Call 999 or go to A&E.") { Example = "Call 999 or go to A&E" },
    ];

    public static readonly IReadOnlyList<FieldSpec> Page = [.. Common, Related];

    public static readonly IReadOnlyList<FieldSpec> Exercise =
    [
        .. Common.Select(f => f.Name == "summary" ? f with { Required = true } : f),
        new("category", FieldType.Choice, "What kind of exercise it is.") { RequiredUnlessAvoid = true, Choices = Sections.Categories, Example = "strengthen" },
        new("targets", FieldType.TextList, "The body areas it works, e.g. [thighs, hips].") { Required = true, Example = "[thighs, hips]" },
        new("position", FieldType.Choice, "The starting position.") { Required = true, Choices = Sections.Positions, Example = "standing" },
        new("equipment", FieldType.TextList, "What you need; [] for nothing.") { RequiredUnlessAvoid = true, Example = "[mat]" },
        new("difficulty", FieldType.Choice, "How demanding it is.") { RequiredUnlessAvoid = true, Choices = Sections.Difficulties, Example = "easy" },
        new("dose", FieldType.Mapping, "How much to do: hold, reps, sets, sides, frequency.") { RequiredUnlessAvoid = true, Children = DoseFields, Example = "{ reps: 8–12 }" },
        new("steps", FieldType.TextList, "The steps, in order, one sentence or two each.") { RequiredUnlessAvoid = true, Example = "[Stand tall, feet hip-width apart.]" },
        new("cautions", FieldType.TextList, "Cautions specific to this exercise.") { RequiredUnlessAvoid = true, Example = "[Move slowly, within comfort.]" },
        Related,
        new("avoid", FieldType.Mapping, "Marks a movement to avoid: reason, instead, everyday.") { Children = AvoidFields, Example = "{ reason: ..., instead: [gentler-version] }" },
    ];

    public static readonly IReadOnlyList<FieldSpec> SelfCare =
    [
        .. Common.Select(f => f.Name == "summary" ? f with { Required = true } : f),
        new("topics", FieldType.TextList, "Topics the page belongs to; the self-care index groups by the first.") { Required = true, Example = "[pain relief]" },
        Related,
    ];

    public static readonly IReadOnlyList<FieldSpec> Site =
    [
        new("title", FieldType.Text, "The site title.") { Required = true, Example = "Exercise Guide" },
        new("description", FieldType.Text, "One sentence describing the site.") { Example = "Exercises and self-care, explained in plain words." },
        new("language", FieldType.Text, "The language of the pages, as a BCP 47 tag.") { Example = "en" },
        new("baseUrl", FieldType.Text, "Where the site is published, e.g. https://example.org/guide/. Enables sitemap.xml, canonical URLs and Open Graph.") { Example = "https://example.org/guide/" },
        new("rawHtml", FieldType.Boolean, "true lets pages hold raw HTML, script included: only for a guide whose every page you trust. Otherwise HTML in a page is shown as text.") { Example = "false" },
        new("disclaimer", FieldType.Text, "The reminder shown on every page.") { Example = "General information, not a diagnosis." },
        new("emergency", FieldType.Mapping, "Who to call in an emergency: number and label. Shown on the warning-signs page and in the stop rule.") { Children = ContactFields, Example = "{ number: \"999\", label: Call 999 or go to A&E }" },
        new("urgent", FieldType.Mapping, "Who to call for urgent, same-day help: number and label.") { Children = ContactFields, Example = "{ number: \"111\", label: Call NHS 111 }" },
        new("stopRule", FieldType.Text, "The stop rule, shown after the steps of every exercise and on every card.") { Example = "Stop if the pain becomes sharp or clearly worse." },
        new("stopRulePage", FieldType.Text, "The page the stop rule links to for more, as section/slug.") { Example = "guide/safety-first" },
        new("targetLabels", FieldType.TextMap, "What readers call each exercise target, shown on chips, filters and facts instead of the target itself.") { Example = "{ abdominals: Stomach muscles, glutes: Buttocks }" },
        new("reviewedBy", FieldType.Text, "Who last reviewed the whole guide clinically, with their role. Published only when set.") { Example = "Jane Doe, physiotherapist" },
        new("nextReview", FieldType.Date, "When the guide is next due for review, as YYYY-MM-DD. Published only when set.") { Example = "2027-11-01" },
        new("synonyms", FieldType.TextListList, "Groups of words search treats as the same, e.g. [[sit-up, crunch]].") { Example = "[[sit-up, crunch]]" },
        new("strings", FieldType.TextMap, "The theme's wording, by name (how_much, take_care, search_placeholder…; theme/README.md lists them all with their English defaults). Set the ones your guide words differently, or all of them for another language.") { Example = "{ how_much: Dose, take_care: Be careful }" },
        new("css", FieldType.TextList, "Your own stylesheets, files under input/, loaded after the theme's on every page, in order.") { Example = "[css/clinic.css]" },
        new("accentColor", FieldType.Text, "The accent colour (header, buttons), as #rrggbb. Choose one dark enough for white text on it.") { Example = "\"#0b5c6b\"" },
        new("accentColorDark", FieldType.Text, "The accent colour in dark mode, as #rrggbb. Choose one light enough for dark text on it.") { Example = "\"#7fd0dc\"" },
        new("logo", FieldType.Text, "A picture beside the site title in the header: a file under input/ (SVG, PNG, JPEG or WebP).") { Example = "images/logo.svg" },
        new("menu", FieldType.TextList, "The order of the header's menu, the home page and the sections: section folders and top-level pages by slug. Whatever you leave out follows, in the usual order.") { Example = "[guide, exercises, self-care, about]" },
    ];

    public static IReadOnlyList<FieldSpec> For(PageKind kind) => kind switch
    {
        PageKind.Exercise => Exercise,
        PageKind.SelfCare => SelfCare,
        _ => Page,
    };
}
