using BackGuide.Content;

namespace BackGuide.FrontMatter;

/// <summary>Turns validated front-matter values into the typed metadata of each kind of page.</summary>
public static class MetaFactory
{
    public static PageMeta Create(PageKind kind, FieldValues v)
    {
        var common = new PageMeta
        {
            Title = v.Text("title") ?? "",
            Summary = v.Text("summary"),
            Slug = v.Text("slug"),
            Order = v.Number("order"),
            Search = v.Boolean("search") ?? true,
            Draft = v.Boolean("draft") ?? false,
            Updated = v.Date("updated"),
            ReviewedBy = v.Text("reviewedBy"),
            NextReview = v.Date("nextReview"),
            WarningSigns = v.List<string>("warningSigns"),
            Tags = v.List<string>("tags"),
            Related = v.List<PageReference>("related"),
            Images = v.List<ImageRef>("images"),
        };
        return kind switch
        {
            PageKind.Exercise => new ExerciseMeta(common)
            {
                Category = v.Text("category"),
                Targets = Lower(v.List<string>("targets")),
                Position = v.Text("position"),
                Equipment = Lower(v.List<string>("equipment")),
                Difficulty = v.Text("difficulty"),
                Dose = v.Mapping("dose") is { } dose
                    ? new Dose(dose.Text("hold"), dose.Text("reps"), dose.Text("sets"), dose.Text("sides"), dose.Text("frequency"))
                    : null,
                Steps = v.List<string>("steps"),
                Cautions = v.List<string>("cautions"),
                Avoid = v.Mapping("avoid") is { } avoid
                    ? new AvoidInfo(avoid.Text("reason") ?? "", avoid.List<PageReference>("instead"), avoid.Boolean("everyday") ?? false,
                        InsteadPosition(v, avoid).Line, InsteadPosition(v, avoid).Column)
                    : null,
            },
            PageKind.SelfCare => new SelfCareMeta(common) { Topics = Lower(v.List<string>("topics")) },
            _ => common,
        };
    }

    /// <summary>Where a problem with the whole <c>instead</c> list is reported: at the list, or at <c>avoid</c> when it has none.</summary>
    private static (int Line, int Column) InsteadPosition(FieldValues page, FieldValues avoid) =>
        avoid.Has("instead") ? avoid.PositionOf("instead") : page.PositionOf("avoid");

    public static SiteSettings CreateSite(FieldValues v) => new()
    {
        Title = v.Text("title") ?? "Guide",
        Description = v.Text("description") ?? "",
        Language = v.Text("language") ?? "en",
        BaseUrl = v.Text("baseUrl") ?? "",
        RawHtml = v.Boolean("rawHtml") ?? false,
        Disclaimer = v.Text("disclaimer") ?? new SiteSettings().Disclaimer,
        Synonyms = v.List<IReadOnlyList<string>>("synonyms"),
        Emergency = Contact(v.Mapping("emergency")),
        Urgent = Contact(v.Mapping("urgent")),
        StopRule = v.Text("stopRule") ?? new SiteSettings().StopRule,
        TargetLabels = v.TextMap("targetLabels"),
        StopRulePage = v.Text("stopRulePage") is { } page ? new PageReference(page, v.PositionOf("stopRulePage").Line, v.PositionOf("stopRulePage").Column) : null,
        ReviewedBy = v.Text("reviewedBy"),
        NextReview = v.Date("nextReview"),
        Strings = ThemeStrings.With(v.TextMap("strings"), v.Text("language") ?? "en"),
        Css = v.List<string>("css"),
        AccentColor = v.Text("accentColor"),
        AccentColorDark = v.Text("accentColorDark"),
        Logo = v.Text("logo"),
        Menu = v.List<string>("menu"),
        MenuPosition = v.PositionOf("menu"),
    };

    private static ContactNumber? Contact(FieldValues? contact) =>
        contact?.Text("number") is { } number ? new ContactNumber(number, contact.Text("label") ?? number) : null;

    private static List<string> Lower(IReadOnlyList<string> items) => items.Select(t => t.ToLowerInvariant()).ToList();
}
