using BackGuide.Content;
using BackGuide.Pipeline;
using BackGuide.Search;

namespace BackGuide.Tests.Search;

public sealed class PageFieldsTests
{
    public static TheoryData<string?, string> SnippetCases() => new()
    {
        { "A short summary.", "ignored body" },
        { null, "  Body \t text\n\nwith\u00A0odd\u2003 spaces  " },
        { "   ", string.Join(' ', Enumerable.Repeat("word", 60)) },
        { null, string.Concat(Enumerable.Repeat("x", 250)) },
        { null, "a " + string.Concat(Enumerable.Repeat("y", 250)) },
        { null, string.Concat(Enumerable.Repeat("abcdefghi ", 20)) + "z" },
        { null, string.Concat(Enumerable.Repeat("abcdefghi\n\n", 20)) + "z" },
        { null, string.Concat(Enumerable.Repeat("abcdefghij", 20)) + " z" },
        { null, "" },
    };

    [Theory]
    [MemberData(nameof(SnippetCases))]
    public void Snippet_IsTheSummaryOrBody_SpacedOnce_CutAtAWordNear200Characters(string? summary, string body)
    {
        var doc = new Document { OutputPath = "a.html", Meta = new PageMeta { Title = "T", Summary = summary }, PlainText = body };

        var page = PageFields.Read(doc, new SiteIndex([doc]));

        var text = string.Join(' ', (string.IsNullOrWhiteSpace(summary) ? body : summary).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 200)
        {
            var space = text.LastIndexOf(' ', 200);
            text = text[..(space > 100 ? space : 200)] + "…";
        }
        Assert.Equal(text, page.Snippet);
    }

    [Fact]
    public void Text_ListsEachPieceByField_TitleFirst_BodyLast()
    {
        var doc = new Document
        {
            OutputPath = "exercises/a.html",
            Meta = new ExerciseMeta(new PageMeta { Title = "Bird dog", Summary = "Sum", Tags = ["core"] })
            {
                Targets = ["back"], Equipment = ["mat"], Position = "kneeling", Steps = ["Kneel."], Cautions = ["Go slowly."],
            },
            Headings = [new Heading(2, "Why", "why")],
            PlainText = "Body.",
        };

        var page = PageFields.Read(doc, new SiteIndex([doc]));

        Assert.Equal(
            [
                new(SearchField.Title, "Bird dog"), new(SearchField.Keywords, "core"), new(SearchField.Keywords, "back"),
                new(SearchField.Keywords, "mat"), new(SearchField.Keywords, "kneeling"), new(SearchField.Headings, "Why"),
                new(SearchField.Summary, "Sum"), new(SearchField.Body, "Body."), new(SearchField.Body, "Kneel."),
                new FieldText(SearchField.Body, "Go slowly."),
            ],
            page.Text);
    }
}
