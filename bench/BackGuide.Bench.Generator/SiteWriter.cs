using System.Globalization;
using System.Text;

namespace BackGuide.Bench.Generator;

/// <summary>
/// Writes the planned pages twice, byte for byte the same Markdown: as BackGuide input (<c>backguide/input/</c>) and as
/// Hugo content (<c>hugo/content/</c>, the home page as <c>_index.md</c>). Each page's text comes from its own seeded
/// random source, so a page is the same whatever else the site holds.
/// </summary>
public sealed class SiteWriter(SitePlan plan, int seed)
{
    private const int TargetBodyLength = 4000;
    private static readonly string[] Categories = ["stretch", "strengthen", "mobility", "relax"];
    private static readonly string[] Positions = ["lying", "kneeling", "seated", "standing"];
    private static readonly string[] Difficulties = ["easy", "moderate", "hard"];
    private static readonly string[] Topics = ["pain relief", "sleep", "work", "activity", "mind", "posture"];

    public void Write(string root)
    {
        var (input, content) = GeneratedFolders.Reset(root);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Benchmark Guide\ndescription: A generated site for timing builds.\nlanguage: en\n");
        var home = Home();
        GeneratedFolders.Save(Path.Combine(input, "index.md"), home);
        GeneratedFolders.Save(Path.Combine(content, "_index.md"), home);
        Parallel.ForEach(plan.Pages, page =>
        {
            var text = Page(page);
            GeneratedFolders.Save(Path.Combine(input, page.Section, page.Slug + ".md"), text);
            GeneratedFolders.Save(Path.Combine(content, page.Section, page.Slug + ".md"), text);
        });
    }


    private string Home()
    {
        var text = new StringBuilder("---\ntitle: Benchmark Guide\nsummary: A generated guide for timing builds.\n---\n\n");
        text.Append("This site is generated. Start with a section:\n\n");
        foreach (var (section, pages) in plan.BySection.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append("- [").Append(pages[0].Title).Append("](").Append(section).Append('/').Append(pages[0].Slug).Append(".md)\n");
        }
        return text.ToString();
    }

    private string Page(PlannedPage page)
    {
        var random = new Random(unchecked(seed * 1_000_003 + page.Index));
        var text = new StringBuilder(TargetBodyLength + 1500);
        text.Append("---\n");
        text.Append("title: ").Append(page.Title).Append('\n');
        text.Append("summary: ").Append(Words.Sentence(random)).Append('\n');
        switch (page.Type)
        {
            case PageType.Exercise:
                ExerciseFrontMatter(text, page, random);
                break;
            case PageType.Avoid:
                AvoidFrontMatter(text, page, random);
                break;
            case PageType.SelfCare:
                text.Append("topics: [").Append(string.Join(", ", Words.Pick(random, Topics, 2).Distinct())).Append("]\n");
                Related(text, page, random);
                text.Append("updated: 2026-11-01\n");
                break;
        }
        text.Append("---\n\n");
        Body(text, page, random);
        return text.ToString();
    }

    private void ExerciseFrontMatter(StringBuilder text, PlannedPage page, Random random)
    {
        text.Append("category: ").Append(Categories[random.Next(Categories.Length)]).Append('\n');
        text.Append("targets: [").Append(string.Join(", ", Words.Pick(random, Words.Nouns, 3).Distinct())).Append("]\n");
        text.Append("position: ").Append(Positions[random.Next(Positions.Length)]).Append('\n');
        text.Append("equipment: [").Append(random.Next(3) == 0 ? "" : "mat").Append("]\n");
        text.Append("difficulty: ").Append(Difficulties[random.Next(Difficulties.Length)]).Append('\n');
        text.Append("dose:\n");
        text.Append("  hold: ").Append(random.Next(3, 31)).Append(" seconds\n");
        text.Append("  reps: \"").Append(random.Next(5, 9)).Append('-').Append(random.Next(10, 16)).Append("\"\n");
        text.Append("  sets: \"").Append(random.Next(1, 4)).Append("\"\n");
        text.Append("  sides: each side\n");
        text.Append("  frequency: once or twice a day\n");
        text.Append("steps:\n");
        for (var i = random.Next(4, 7); i > 0; i--)
        {
            text.Append("  - ").Append(Words.Sentence(random)).Append('\n');
        }
        text.Append("cautions:\n");
        for (var i = random.Next(2, 4); i > 0; i--)
        {
            text.Append("  - ").Append(Words.Sentence(random)).Append('\n');
        }
        Related(text, page, random);
        text.Append("updated: 2026-11-01\n");
    }

    private void AvoidFrontMatter(StringBuilder text, PlannedPage page, Random random)
    {
        text.Append("targets: [").Append(string.Join(", ", Words.Pick(random, Words.Nouns, 2).Distinct())).Append("]\n");
        text.Append("position: ").Append(Positions[random.Next(Positions.Length)]).Append('\n');
        text.Append("avoid:\n");
        text.Append("  reason: ").Append(Words.Sentence(random)).Append(' ').Append(Words.Sentence(random)).Append('\n');
        var instead = Enumerable.Range(0, random.Next(1, 3))
            .Select(_ => plan.SafeExercises[random.Next(plan.SafeExercises.Count)].Slug)
            .Distinct();
        text.Append("  instead: [").Append(string.Join(", ", instead)).Append("]\n");
        text.Append("  everyday: ").Append(random.Next(4) == 0 ? "true" : "false").Append('\n');
        text.Append("updated: 2026-11-01\n");
    }

    private void Related(StringBuilder text, PlannedPage page, Random random)
    {
        var references = Enumerable.Range(0, random.Next(2, 5))
            .Select(_ => plan.Pages[random.Next(plan.Pages.Count)])
            .Where(p => p != page)
            .Select(p => p.Section == page.Section ? p.Slug : p.Section + "/" + p.Slug)
            .Distinct();
        text.Append("related: [").Append(string.Join(", ", references)).Append("]\n");
    }

    private void Body(StringBuilder text, PlannedPage page, Random random)
    {
        Paragraph(text, page, random, 3);
        text.Append("## Overview\n\n");
        Paragraph(text, page, random, 4);
        var heading = 0;
        while (text.Length < TargetBodyLength)
        {
            heading++;
            text.Append("## ").Append(Words.Capitalise(Words.Pick(random, Words.Adjectives, 1)[0])).Append(' ')
                .Append(Words.Pick(random, Words.Nouns, 1)[0]).Append(' ').Append(heading).Append("\n\n");
            Paragraph(text, page, random, random.Next(2, 5));
            switch ((heading + page.Index) % 4)
            {
                case 0:
                    List(text, page, random, ordered: false);
                    break;
                case 1:
                    List(text, page, random, ordered: true);
                    break;
                case 2 when page.Index % 3 == 0:
                    Table(text, random);
                    break;
                default:
                    text.Append("> ").Append(Words.Sentence(random)).Append(' ').Append(Words.Sentence(random)).Append("\n\n");
                    break;
            }
            if (heading % 2 == 0)
            {
                text.Append("### In short\n\n");
                Paragraph(text, page, random, 2);
            }
        }
    }

    private void Paragraph(StringBuilder text, PlannedPage page, Random random, int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Words.Sentence(random);
            switch (random.Next(6))
            {
                case 0:
                    var url = Link(page, random, out var title);
                    text.Append(sentence[..^1]).Append(", see [").Append(title).Append("](").Append(url).Append(").");
                    break;
                case 1:
                    var words = sentence.Split(' ');
                    words[^2] = "*" + words[^2] + "*";
                    text.Append(string.Join(' ', words));
                    break;
                case 2:
                    var strong = sentence.Split(' ');
                    strong[1] = "**" + strong[1] + "**";
                    text.Append(string.Join(' ', strong));
                    break;
                default:
                    text.Append(sentence);
                    break;
            }
            text.Append(i < sentences - 1 ? ' ' : '\n');
        }
        text.Append('\n');
    }

    private void List(StringBuilder text, PlannedPage page, Random random, bool ordered)
    {
        var count = random.Next(3, 7);
        for (var i = 1; i <= count; i++)
        {
            text.Append(ordered ? i.ToString(CultureInfo.InvariantCulture) + ". " : "- ");
            if (i == 2)
            {
                var url = Link(page, random, out var title);
                text.Append('[').Append(title).Append("](").Append(url).Append(")\n");
            }
            else
            {
                text.Append(Words.Sentence(random)).Append('\n');
            }
        }
        text.Append('\n');
    }

    private static void Table(StringBuilder text, Random random)
    {
        text.Append("| Movement | Hold | Repeat |\n|---|---|---|\n");
        for (var i = random.Next(3, 6); i > 0; i--)
        {
            text.Append("| ").Append(Words.Capitalise(Words.Pick(random, Words.Nouns, 1)[0])).Append(" | ")
                .Append(random.Next(5, 31)).Append(" s | ").Append(random.Next(3, 13)).Append(" times |\n");
        }
        text.Append('\n');
    }

    /// <summary>A Markdown link to another page, relative and naming its .md file; sometimes to its Overview heading.</summary>
    private string Link(PlannedPage from, Random random, out string title)
    {
        var sameSection = plan.BySection[from.Section];
        var to = random.Next(3) == 0 ? plan.Pages[random.Next(plan.Pages.Count)] : sameSection[random.Next(sameSection.Count)];
        title = to.Title;
        var path = to.Section == from.Section ? to.Slug + ".md" : "../" + to.Section + "/" + to.Slug + ".md";
        return random.Next(4) == 0 ? path + "#overview" : path;
    }
}
