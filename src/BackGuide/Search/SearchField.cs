namespace BackGuide.Search;

/// <summary>The parts of a page the index reads, with how much a match in each counts (title above headings above body).</summary>
public enum SearchField
{
    Title,
    Keywords,
    Headings,
    Summary,
    Body,
}

/// <summary>The weight of a match in each field, for the BM25F score.</summary>
public static class SearchFieldWeights
{
    public static double Of(SearchField field) => field switch
    {
        SearchField.Title => 10,
        SearchField.Keywords => 5,
        SearchField.Headings => 4,
        SearchField.Summary => 3,
        _ => 1,
    };
}
