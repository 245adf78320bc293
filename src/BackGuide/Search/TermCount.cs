namespace BackGuide.Search;

/// <summary>
/// One term of one page: its field-weighted count outside the body (added up in field order), how often the body holds
/// it, and whether the title does.
/// </summary>
internal struct TermCount
{
    public int Term;
    public double Weight;
    public int InBody;
    public bool InTitle;
}

/// <summary>A page's terms, and how many words its body holds (for length normalisation).</summary>
internal readonly record struct PageTerms(TermCount[] Terms, int BodyWords);
