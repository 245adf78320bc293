namespace BackGuide.Bench.Generator;

/// <summary>One planned page: where it lives, its slug and title, and what kind of front matter it carries.</summary>
public sealed record PlannedPage(string Section, string Slug, string Title, PageType Type, int Index)
{
    public bool IsAvoid => Type == PageType.Avoid;

    public bool IsExercise => Type is PageType.Exercise or PageType.Avoid;
}

public enum PageType
{
    Plain,
    Exercise,
    Avoid,
    SelfCare,
}

/// <summary>
/// Decides every page of an N-page site up front (so links and references can name real pages): 70% plain pages in six
/// sections, 20% exercises (one in ten a movement to avoid), 10% self-care pages.
/// </summary>
public sealed class SitePlan
{
    public static readonly string[] PlainSections = ["articles", "basics", "guide", "library", "notes", "topics"];

    private SitePlan(IReadOnlyList<PlannedPage> pages)
    {
        Pages = pages;
        BySection = pages.GroupBy(p => p.Section).ToDictionary(g => g.Key, g => (IReadOnlyList<PlannedPage>)g.ToList());
        SafeExercises = pages.Where(p => p.Type == PageType.Exercise).ToList();
    }

    public IReadOnlyList<PlannedPage> Pages { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<PlannedPage>> BySection { get; }

    public IReadOnlyList<PlannedPage> SafeExercises { get; }

    public static SitePlan Create(int count, int seed)
    {
        var random = new Random(seed);
        var pages = new List<PlannedPage>(count);
        for (var i = 0; i < count; i++)
        {
            var bucket = i % 10;
            var (section, type) = bucket switch
            {
                < 7 => (PlainSections[i % PlainSections.Length], PageType.Plain),
                < 9 => ("exercises", i % 100 == 7 || i % 100 == 57 ? PageType.Avoid : PageType.Exercise),
                _ => ("self-care", PageType.SelfCare),
            };
            var words = Words.Pick(random, Words.Nouns, 2);
            var title = Words.Capitalise(Words.Pick(random, Words.Adjectives, 1)[0]) + " " + string.Join(' ', words) + " " + (i + 1);
            var slug = title.ToLowerInvariant().Replace(' ', '-');
            pages.Add(new PlannedPage(section, slug, title, type, i));
        }
        return new SitePlan(pages);
    }
}
