namespace BackGuide.Search;

/// <summary>One term of one page: how often the body holds it, and its field-weighted count elsewhere (added up in field order).</summary>
internal struct TermCount
{
    public int Term;
    public int InBody;
    public double Weight;
}

/// <summary>
/// A page's terms in the order the page first holds them, so the first <see cref="InTitle"/> are the title's; and how
/// many words its body holds (for length normalisation).
/// </summary>
internal readonly record struct PageTerms(TermCount[] Terms, int InTitle, int BodyWords);
