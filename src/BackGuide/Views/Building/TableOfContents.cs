using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>The on-page contents: each level-2 heading with the level-3 headings under it, for pages with three level-2 headings or more.</summary>
public static class TableOfContents
{
    public const int MinimumSections = 3;

    public static IReadOnlyList<TocEntry>? Of(IReadOnlyList<Heading> headings)
    {
        if (headings.Count(h => h.Level == 2) < MinimumSections)
        {
            return null;
        }
        var entries = new List<TocEntry>();
        List<TocEntry>? children = null;
        foreach (var heading in headings.Where(h => h.Level is 2 or 3))
        {
            if (heading.Level == 3 && children is not null)
            {
                children.Add(new TocEntry(heading.Text, heading.Id, 3, []));
                continue;
            }
            // A level-3 heading before the first level-2 one has no parent, so it stands in the outer list.
            children = heading.Level == 2 ? [] : null;
            entries.Add(new TocEntry(heading.Text, heading.Id, heading.Level, (IReadOnlyList<TocEntry>?)children ?? []));
        }
        return entries;
    }
}
