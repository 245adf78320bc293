namespace BackGuide.Content;

/// <summary>
/// A reference from front matter to another page (<c>related</c>, <c>avoid.instead</c>): a bare slug names a page
/// in the referring page's own section, <c>section/slug</c> a page in another section.
/// </summary>
public sealed record PageReference(string Text, int Line, int Column)
{
    /// <summary>The section and slug this reference names, seen from a page in <paramref name="fromSection"/>.</summary>
    public (string Section, string Slug) Resolve(string fromSection)
    {
        var slash = Text.LastIndexOf('/');
        return slash < 0 ? (fromSection, Text) : (Text[..slash], Text[(slash + 1)..]);
    }
}
