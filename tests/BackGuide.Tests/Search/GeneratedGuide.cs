using System.Text;
using System.Text.RegularExpressions;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Search;

/// <summary>
/// A large plain site for size and speed checks: pages of about 4 KB of Markdown each, in ten sections, with words
/// drawn from the shipped guide's own text (so the mix is realistic) plus a long tail of rarer made-up words.
/// The same seed gives the same site.
/// </summary>
public static partial class GeneratedGuide
{
    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    public static TestSite Write(int pageCount, int seed = 4000)
    {
        var random = new Random(seed);
        var common = GuideWords();
        var rare = Enumerable.Range(0, 30_000).Select(i => MadeUpWord(i)).ToArray();
        var site = new TestSite().With("input/site.yml", "title: Generated Guide\n");
        for (var i = 0; i < pageCount; i++)
        {
            var markdown = new StringBuilder();
            var title = Capitalise(Sentence(random, common, rare, 3));
            markdown.Append("---\ntitle: ").Append(title).Append(' ').Append(i).Append('\n')
                .Append("summary: ").Append(Capitalise(Sentence(random, common, rare, 14))).Append(".\n---\n\n");
            while (markdown.Length < 4000)
            {
                markdown.Append("## ").Append(Capitalise(Sentence(random, common, rare, 4))).Append("\n\n");
                for (var paragraph = 0; paragraph < 2; paragraph++)
                {
                    for (var sentence = 0; sentence < 4; sentence++)
                    {
                        markdown.Append(Capitalise(Sentence(random, common, rare, random.Next(8, 20)))).Append(". ");
                    }
                    markdown.Append("\n\n");
                }
            }
            site.With($"input/section-{i % 10}/page-{i}.md", markdown.ToString());
        }
        return site;
    }

    private static string[] GuideWords() =>
        Directory.EnumerateFiles(Repository.Input, "*.md", SearchOption.AllDirectories)
            .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value.ToLowerInvariant()))
            .ToArray();

    private static string Sentence(Random random, string[] common, string[] rare, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(10) == 0
            ? rare[(int)(rare.Length * Math.Pow(random.NextDouble(), 2))]
            : common[random.Next(common.Length)]));

    private static string MadeUpWord(int n)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        for (var syllable = 0; syllable < 3; syllable++)
        {
            word.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        return word.ToString();
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
