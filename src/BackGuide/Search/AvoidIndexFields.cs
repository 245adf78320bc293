using BackGuide.Output;
using BackGuide.Pipeline;
using BackGuide.Views;

namespace BackGuide.Search;

/// <summary>
/// The searchable text of the generated avoid index (<c>avoid.html</c>), so "exercises to avoid" or "what makes back pain
/// worse" finds it: its title and description, each movement's name as a heading, and why to avoid it. The pages to do
/// instead are left out, so a search for a safe exercise does not lead here.
/// </summary>
internal static class AvoidIndexFields
{
    public static SearchablePage Read(Document doc, AvoidIndexView view)
    {
        var description = doc.Generated?.Description ?? "";
        var text = new List<FieldText> { new(SearchField.Title, view.Title) };
        foreach (var group in view.Groups)
        {
            text.Add(new(SearchField.Headings, group.Title));
            text.AddRange(group.Entries.Select(entry => new FieldText(SearchField.Headings, entry.Title)));
        }
        text.Add(new(SearchField.Summary, description));
        foreach (var entry in view.Groups.SelectMany(g => g.Entries))
        {
            text.Add(new(SearchField.Body, entry.Reason));
        }
        return new SearchablePage(RelativeUrl.FromRoot(doc.OutputPath), view.Title, PageFields.Snippet(description, ""), text);
    }
}
