using System.CommandLine;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide new exercise|self-care|page "Title"</c>: writes a new page with every front-matter field of its kind.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to write: exercise, self-care or page." };
        kind.AcceptOnlyFromAmong("exercise", "self-care", "page");
        var title = new Argument<string>("title") { Description = "The page title, such as \"Dead bug\"; the file name is made from it." };
        var input = new Option<string>("--input", "-i") { Description = "The folder of Markdown pages (default: input).", DefaultValueFactory = _ => "input" };
        var section = new Option<string?>("--section", "-s") { Description = "For a page: the section (folder) to put it in, such as notes; without it, the page sits at the top of the guide and in its menu." };
        var slug = new Option<string?>("--slug") { Description = "The file name, when the title's letters cannot make one (a title in another script): lower-case words joined by hyphens." };
        var command = new Command("new", "Write a new exercise, self-care page or plain page with every front-matter field, each explained.");
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(input);
        command.Options.Add(section);
        command.Options.Add(slug);
        command.SetAction(result => Write(result.GetValue(kind)!, result.GetValue(title)!.Trim(), result.GetValue(input)!,
            result.GetValue(section)?.Trim().Trim('/'), result.GetValue(slug)?.Trim()));
        return command;
    }

    private static int Write(string kindName, string title, string input, string? sectionName, string? customSlug)
    {
        var (kind, section) = kindName switch
        {
            "exercise" => (PageKind.Exercise, Sections.Exercises),
            "self-care" => (PageKind.SelfCare, Sections.SelfCare),
            _ => (Sections.KindOf(sectionName ?? ""), sectionName ?? ""),
        };
        if (sectionName is not null && kindName != "page")
        {
            Console.Error.WriteLine($"backguide: error: --section is for plain pages; a {kindName} page always goes in {section}/.");
            return CommandLine.BadUsage;
        }
        if (section.Length > 0 && !PagePaths.IsValidSlug(section))
        {
            Console.Error.WriteLine($"backguide: error: the section \"{Diagnostic.Visible(section)}\" is not a folder name BackGuide can use: lower-case words joined by hyphens, such as notes or getting-started.");
            return CommandLine.BadUsage;
        }
        if (title.Any(char.IsControl))
        {
            Console.Error.WriteLine($"backguide: error: the title \"{Diagnostic.Visible(title)}\" holds a line break or another control character. Give the title on one line, such as \"Dead bug\".");
            return CommandLine.BadUsage;
        }
        if (customSlug is not null && !PagePaths.IsValidSlug(customSlug))
        {
            Console.Error.WriteLine($"backguide: error: --slug \"{Diagnostic.Visible(customSlug)}\" is not a slug: lower-case letters a-z, digits and single hyphens, such as --slug knee-bend.");
            return CommandLine.BadUsage;
        }
        var slug = customSlug ?? PagePaths.Slugify(title);
        if (slug.Length == 0)
        {
            Console.Error.WriteLine(PagePaths.HasOnlyOtherScripts(title)
                ? $"backguide: error: the title \"{title}\" is written in letters a file name here cannot hold (a slug uses a-z, digits and hyphens). Give the file name with --slug, such as --slug knee-bend; the page keeps its title."
                : $"backguide: error: the title \"{title}\" has no letters or digits to make a file name from. Give a title such as \"Dead bug\".");
            return CommandLine.BadUsage;
        }
        var path = Path.Combine(input, section, slug + ".md");
        var display = SourceFile.DisplayPathFor(Path.GetFullPath(path));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = StarterPage.Create(kind, title);
        if (customSlug is not null)
        {
            text = text.Replace("# slug: " + PagePaths.Slugify(title) + "\n", "# slug: " + customSlug + "\n", StringComparison.Ordinal);
        }
        if (!NewFile.TryWrite(path, text))
        {
            Console.Error.WriteLine($"backguide: error: {display} already exists; it was left as it is. Edit that page, or choose another title.");
            return CommandLine.ContentErrors;
        }
        Console.WriteLine($"Wrote {display}. Fill in its fields; `backguide preview` shows the page as you write.");
        return CommandLine.Success;
    }
}
