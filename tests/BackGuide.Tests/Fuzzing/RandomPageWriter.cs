using System.Text;

namespace BackGuide.Tests.Fuzzing;

/// <summary>Writes random pages, seeded: front matter of known and unknown keys, odd values and broken YAML, and Markdown with random links.</summary>
public sealed class RandomPageWriter(Random random)
{
    private static readonly string[] Keys =
    [
        "title", "summary", "slug", "order", "updated", "tags", "related", "search", "category", "targets", "position",
        "equipment", "difficulty", "dose", "steps", "cautions", "avoid", "topics", "titel", "Title", "x", "", "dose.hold",
    ];

    private static readonly string[] Words =
    [
        "bird dog", "stretch", "Ünïcödé", "日本語", "🙂", "<script>alert(1)</script>", "a: b", "#hash", "- dash", "&amp;",
        "'quote", "\"double", "{brace", "[bracket", "*star", "!tag", "|pipe", ">fold", "%pct", "@at", "`tick", "null", "~",
        "yes", "2026-02-30", "2026-11-01", "12", "-1", "3.5", "lying", "stretch", "easy", "../../x", "\u200b", "\u202e", "  ",
    ];

    private static readonly string[] Sections = ["", "notes/", "exercises/", "self-care/", "guide/deep/"];

    private static readonly string[] PlainSections = ["", "notes/", "guide/deep/"];

    /// <summary>A page path; <paramref name="plain"/> keeps to sections where a title is all a page needs.</summary>
    public string Path(bool plain = false) => Pick(plain ? PlainSections : Sections) + (random.Next(8) == 0 ? "index" : "p" + random.Next(6)) + ".md";

    /// <summary>A page that should build: a quoted title and summary, and Markdown whose links all lead off the site.</summary>
    public string ValidPage()
    {
        var text = new StringBuilder("---\ntitle: ").Append(Quoted(Pick(Words) + " " + Pick(Words))).Append('\n');
        if (random.Next(2) == 0)
        {
            text.Append("summary: ").Append(Quoted(Pick(Words))).Append('\n');
        }
        if (random.Next(3) == 0)
        {
            text.Append("tags: [").Append(string.Join(", ", Enumerable.Range(0, random.Next(3)).Select(_ => Quoted(Pick(Words))))).Append("]\n");
        }
        text.Append("---\n");
        var blocks = random.Next(0, 8);
        for (var i = 0; i < blocks; i++)
        {
            text.Append(Block([])).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public string Page(IReadOnlyList<string> paths)
    {
        var text = new StringBuilder();
        if (random.Next(20) > 0)
        {
            text.Append("---\n");
            var keys = random.Next(0, 9);
            for (var i = 0; i < keys; i++)
            {
                text.Append(Pick(Keys)).Append(':').Append(Value(0)).Append('\n');
            }
            if (random.Next(10) == 0)
            {
                text.Append(Pick(["\tindented: tab\n", "broken: \"unclosed\n", "list: [a, b\n", "map: {a: 1\n", "title: dup\ntitle: dup\n", "  : nokey\n", "- item\n", "&a x: *b\n"]));
            }
            if (random.Next(25) > 0)
            {
                text.Append(random.Next(10) == 0 ? "...\n" : "---\n");
            }
        }
        var blocks = random.Next(0, 8);
        for (var i = 0; i < blocks; i++)
        {
            text.Append(Block(paths)).Append("\n\n");
        }
        var result = text.ToString();
        return random.Next(10) == 0 ? result.Replace("\n", "\r\n", StringComparison.Ordinal) : result;
    }

    private string Value(int depth) => random.Next(depth > 2 ? 3 : 7) switch
    {
        0 => "",
        1 => " " + Pick(Words),
        2 => " \"" + Pick(Words).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        3 => " [" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => Pick(Words))) + "]",
        4 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => "\n" + new string(' ', 2 * (depth + 1)) + "-" + Value(depth + 1).Replace("\n", "\n  ", StringComparison.Ordinal))),
        5 => string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => "\n" + new string(' ', 2 * (depth + 1)) + Pick(Keys) + ":" + Value(depth + 1))),
        _ => " {" + Pick(Keys) + ": " + Pick(Words) + "}",
    };

    private string Block(IReadOnlyList<string> paths) => random.Next(9) switch
    {
        0 => new string('#', random.Next(1, 7)) + " " + Pick(Words),
        1 => "- " + Pick(Words) + "\n  - " + Link(paths),
        2 => "> " + string.Concat(Enumerable.Repeat("> ", random.Next(5))) + Pick(Words),
        3 => "```\n" + Pick(Words) + "\n```",
        4 => "| a | b |\n|---|---|\n| " + Pick(Words) + " | " + Link(paths) + " |",
        5 => "<div id=\"" + Pick(Words) + "\">" + Pick(Words) + "</div>",
        6 => "[^1] " + Pick(Words) + "\n\n[^1]: note",
        _ => Pick(Words) + " " + Link(paths) + " *" + Pick(Words) + "* " + Link(paths),
    };

    /// <summary>A link to one of <paramref name="paths"/> (or a broken one); with no paths, a link off the site.</summary>
    private string Link(IReadOnlyList<string> paths)
    {
        var target = paths.Count == 0 ? "https://example.org/" + Uri.EscapeDataString(Pick(Words)) : random.Next(6) switch
        {
            0 => "#" + Pick(Words).Replace(' ', '-'),
            1 => "https://example.org/" + Pick(Words),
            2 => "../" + Pick(paths),
            3 => Pick(["", "missing.md", "a b.md", "<weird>.md", "../../../../x.md", "/abs.md", "?q=1", "%ZZ.md", "mailto:x@y"]),
            _ => Pick(paths) + (random.Next(3) == 0 ? "#" + Pick(Words).Replace(' ', '-') : ""),
        };
        return "[" + Pick(Words) + "](" + target + ")";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
