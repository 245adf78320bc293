using System.Text;

namespace BackGuide.Bench.Generator;

/// <summary>
/// The second benchmark's site: N plain pages of about 4 KB (a title and paragraphs, no exercise front matter, no
/// links), in ten folders, written alike for BackGuide and for Hugo with a minimal layout (bench/hugo-minimal), so
/// Hugo does almost nothing per page but parse and write.
/// </summary>
public sealed class PlainSiteWriter(int pages, int seed)
{
    private const int TargetBodyLength = 4000;

    public void Write(string root)
    {
        var (input, content) = GeneratedFolders.Reset(root);
        File.WriteAllText(Path.Combine(input, "site.yml"), "title: Plain Pages\ndescription: Plain generated pages.\nlanguage: en\n");
        const string home = "---\ntitle: Plain Pages\n---\n\nGenerated pages for timing builds.\n";
        GeneratedFolders.Save(Path.Combine(input, "index.md"), home);
        GeneratedFolders.Save(Path.Combine(content, "_index.md"), home);
        Parallel.For(0, pages, i =>
        {
            var text = Page(i);
            var path = Path.Combine($"notes{i % 10}", $"page-{i:D5}.md");
            GeneratedFolders.Save(Path.Combine(input, path), text);
            GeneratedFolders.Save(Path.Combine(content, path), text);
        });
    }

    private string Page(int index)
    {
        var random = new Random(seed * 100_003 + index);
        var text = new StringBuilder(TargetBodyLength + 200);
        text.Append("---\ntitle: ").Append(Words.Capitalise(string.Join(' ', Words.Pick(random, Words.Nouns, 2)))).Append(' ').Append(index).Append("\n---\n\n");
        while (text.Length < TargetBodyLength)
        {
            for (var i = 0; i < 5; i++)
            {
                text.Append(Words.Sentence(random)).Append(i < 4 ? ' ' : '\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }

}
