using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Search;

/// <summary>Reads the searchable text of a page: title, summary, headings, body, and an exercise's or self-care page's facts.</summary>
public static class PageFields
{
    private const int SnippetLength = 200;

    /// <summary>True for a page the index should hold: written by the author, rendered, and not marked <c>search: false</c>.</summary>
    public static bool IsSearchable(Document doc) =>
        doc.Meta is { Search: true } && doc.Source is not null && doc.CopyFrom is null && !doc.Failed
        && doc.OutputPath.EndsWith(".html", StringComparison.Ordinal);

    public static SearchablePage Read(Document doc)
    {
        var meta = doc.Meta!;
        var keywords = new List<string>(meta.Tags);
        var body = new List<string> { doc.PlainText };
        switch (meta)
        {
            case ExerciseMeta exercise:
                keywords.AddRange(exercise.Targets);
                keywords.AddRange(exercise.Equipment);
                keywords.AddRange(new[] { exercise.Position, exercise.Category }.OfType<string>());
                body.AddRange(exercise.Steps);
                body.AddRange(exercise.Cautions);
                if (exercise.Avoid is { } avoid)
                {
                    body.Add(avoid.Reason);
                }
                break;
            case SelfCareMeta selfCare:
                keywords.AddRange(selfCare.Topics);
                break;
        }
        var fields = new Dictionary<SearchField, string>
        {
            [SearchField.Title] = doc.Title,
            [SearchField.Keywords] = string.Join('\n', keywords),
            [SearchField.Headings] = string.Join('\n', doc.Headings.Select(h => h.Text)),
            [SearchField.Summary] = meta.Summary ?? "",
            [SearchField.Body] = string.Join('\n', body),
        };
        return new SearchablePage(doc.OutputPath, doc.Title, Snippet(meta.Summary, doc.PlainText), fields);
    }

    /// <summary>The summary, or else the start of the body, cut at a word boundary.</summary>
    private static string Snippet(string? summary, string body)
    {
        var text = string.Join(' ', (string.IsNullOrWhiteSpace(summary) ? body : summary).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= SnippetLength)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > SnippetLength / 2 ? cut : SnippetLength)] + "…";
    }
}
