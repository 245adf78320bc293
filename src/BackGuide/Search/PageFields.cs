using BackGuide.Content;
using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Search;

/// <summary>
/// Reads the searchable text of a page: title, summary, headings, body, and an exercise's or self-care page's facts;
/// and what search results say of it: a movement to avoid with what to do instead, or the warning signs it explains.
/// </summary>
public static class PageFields
{
    private const int SnippetLength = 200;

    /// <summary>True for a page the index should hold: written by the author, rendered, and not marked <c>search: false</c>.</summary>
    public static bool IsSearchable(Document doc) =>
        (doc.Meta is { Search: true } && doc.Source is not null && doc.CopyFrom is null && !doc.Failed
            && doc.OutputPath.EndsWith(".html", StringComparison.Ordinal))
        || doc.View is AvoidIndexView;

    /// <summary>The page as the index reads it; <paramref name="site"/> resolves the pages a movement to avoid names instead.</summary>
    public static SearchablePage Read(Document doc, SiteIndex site)
    {
        if (doc.View is AvoidIndexView avoidIndex)
        {
            return AvoidIndexFields.Read(doc, avoidIndex);
        }
        var meta = doc.Meta!;
        var keywords = Keywords(meta);
        var exerciseText = ExerciseText(meta);
        var text = new List<FieldText>(3 + keywords.Count + doc.Headings.Count + exerciseText.Count) { new(SearchField.Title, doc.Title) };
        Add(text, SearchField.Keywords, keywords);
        foreach (var heading in doc.Headings)
        {
            text.Add(new(SearchField.Headings, heading.Text));
        }
        text.Add(new(SearchField.Summary, meta.Summary ?? ""));
        text.Add(new(SearchField.Body, doc.PlainText));
        Add(text, SearchField.Body, exerciseText);
        // Body, not keywords: the ranking puts the page first when a query names a sign; elsewhere it ranks as any page.
        Add(text, SearchField.Body, meta.WarningSigns);
        return new SearchablePage(RelativeUrl.FromRoot(doc.OutputPath), doc.Title, Snippet(meta.Summary, doc.PlainText), text)
        {
            Instead = meta is ExerciseMeta { Avoid: { } avoid }
                ? avoid.Instead.Select(r => site.Resolve(doc, r)).OfType<Document>().Select(LinkTo).ToList()
                : null,
            WarningSigns = meta.WarningSigns,
        };
    }

    public static SearchLink LinkTo(Document page) => new(page.Title, RelativeUrl.FromRoot(page.OutputPath));

    private static IReadOnlyList<string> Keywords(PageMeta meta) => meta switch
    {
        ExerciseMeta exercise => [.. exercise.Tags, .. exercise.Targets, .. exercise.Equipment, .. new[] { exercise.Position, exercise.Category }.OfType<string>()],
        SelfCareMeta selfCare => [.. selfCare.Tags, .. selfCare.Topics],
        _ => meta.Tags,
    };

    /// <summary>An exercise's steps, cautions and reason to avoid it, searched as body text.</summary>
    private static IReadOnlyList<string> ExerciseText(PageMeta meta) => meta switch
    {
        ExerciseMeta { Avoid: { } avoid } exercise => [.. exercise.Steps, .. exercise.Cautions, avoid.Reason],
        ExerciseMeta exercise => [.. exercise.Steps, .. exercise.Cautions],
        _ => [],
    };

    private static void Add(List<FieldText> text, SearchField field, IReadOnlyList<string> pieces)
    {
        foreach (var piece in pieces)
        {
            text.Add(new(field, piece));
        }
    }

    /// <summary>The summary, or else the start of the body, with runs of white space made one space, cut at a word boundary.</summary>
    internal static string Snippet(string? summary, string body)
    {
        var source = string.IsNullOrWhiteSpace(summary) ? body : summary;
        Span<char> start = stackalloc char[SnippetLength + 1];
        var length = 0;
        var space = false;
        foreach (var c in source)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                if (length == start.Length)
                {
                    break;
                }
                start[length++] = ' ';
                space = false;
            }
            if (length == start.Length)
            {
                break;
            }
            start[length++] = c;
        }
        if (length <= SnippetLength)
        {
            return new string(start[..length]);
        }
        var cut = start.LastIndexOf(' ');
        return string.Concat(start[..(cut > SnippetLength / 2 ? cut : SnippetLength)], "…");
    }
}
