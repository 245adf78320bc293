using System.Text;
using BackGuide.Content;

namespace BackGuide.FrontMatter;

/// <summary>
/// The text of a new page: every front-matter field of its kind, each with its description as a comment. Required
/// fields carry the schema's example value; optional ones are commented out, so the page builds as it is.
/// </summary>
public static class StarterPage
{
    public static string Create(PageKind kind, string title)
    {
        var text = new StringBuilder("---\n");
        foreach (var field in FrontMatterSchema.For(kind))
        {
            var value = field.Name switch
            {
                "title" => YamlScalar.Quote(title),
                "slug" => PagePaths.Slugify(title),
                _ => field.Example,
            };
            WriteField(text, field, value, indent: "", commentedOut: !IsNeeded(field));
        }
        text.Append("---\n\n");
        text.Append(kind switch
        {
            PageKind.Exercise => "## What it does\n\nSay in plain words what the exercise is for and who it helps.\n",
            PageKind.SelfCare => "## Why it helps\n\nSay in plain words what to do and why it helps.\n",
            _ => "Write the page here, in plain words. A line starting with `## ` is a heading.\n",
        });
        return text.ToString();
    }

    /// <summary>
    /// A new guide's site.yml: every setting with its description as a comment; the title, the description and the
    /// wording every page shows are set, the rest commented out with an example, so the file explains itself.
    /// </summary>
    public static string CreateSiteSettings(string title)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = YamlScalar.Quote(title),
            ["description"] = "Exercises and self-care, explained in plain words.",
            ["language"] = "en",
            ["disclaimer"] = YamlScalar.Quote(new SiteSettings().Disclaimer),
            ["stopRule"] = YamlScalar.Quote(new SiteSettings().StopRule),
        };
        var text = new StringBuilder("# The settings of the whole guide. Lines starting with # are comments; remove the # to use a setting.\n");
        foreach (var field in FrontMatterSchema.Site)
        {
            text.Append('\n');
            var set = values.TryGetValue(field.Name, out var value);
            WriteField(text, field, set ? value! : field.Example, indent: "", commentedOut: !set);
        }
        return text.ToString();
    }

    private static bool IsNeeded(FieldSpec field) => field.Required || field.RequiredUnlessAvoid;

    private static void WriteField(StringBuilder text, FieldSpec field, string value, string indent, bool commentedOut)
    {
        var need = field.Required ? "Required." : field.RequiredUnlessAvoid ? "Required, except on a movement to avoid." : "Optional.";
        var choices = field.Choices is { Count: > 0 } list ? $" One of: {string.Join(", ", list)}." : "";
        text.Append(indent).Append("# ").Append(field.Description).Append(choices).Append(' ').Append(need).Append('\n');
        var prefix = indent + (commentedOut ? "# " : "");
        if (field.Children is { Count: > 0 } children)
        {
            text.Append(prefix).Append(field.Name).Append(":\n");
            foreach (var child in children)
            {
                WriteField(text, child, child.Example, indent + "  ", commentedOut || (!IsNeeded(child) && !IsNeeded(field)));
            }
            return;
        }
        text.Append(prefix).Append(field.Name).Append(": ").Append(value).Append('\n');
    }
}
