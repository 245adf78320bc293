using System.CommandLine;
using BackGuide.Content;
using BackGuide.Diagnostics;
using BackGuide.FrontMatter;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide new exercise|self-care "Title"</c>: writes a new page with every front-matter field of its kind.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "What to write: exercise or self-care." };
        kind.AcceptOnlyFromAmong("exercise", "self-care");
        var title = new Argument<string>("title") { Description = "The page title, such as \"Dead bug\"; the file name is made from it." };
        var input = new Option<string>("--input", "-i") { Description = "The folder of Markdown pages (default: input).", DefaultValueFactory = _ => "input" };
        var command = new Command("new", "Write a new exercise or self-care page with every front-matter field, each explained.");
        command.Arguments.Add(kind);
        command.Arguments.Add(title);
        command.Options.Add(input);
        command.SetAction(result => Write(result.GetValue(kind)!, result.GetValue(title)!.Trim(), result.GetValue(input)!));
        return command;
    }

    private static int Write(string kindName, string title, string input)
    {
        var (kind, section) = kindName == "exercise" ? (PageKind.Exercise, Sections.Exercises) : (PageKind.SelfCare, Sections.SelfCare);
        if (title.Any(char.IsControl))
        {
            Console.Error.WriteLine($"backguide: error: the title \"{Diagnostic.Visible(title)}\" holds a line break or another control character. Give the title on one line, such as \"Dead bug\".");
            return CommandLine.BadUsage;
        }
        var slug = PagePaths.Slugify(title);
        if (slug.Length == 0)
        {
            Console.Error.WriteLine($"backguide: error: the title \"{title}\" has no letters or digits to make a file name from. Give a title such as \"Dead bug\".");
            return CommandLine.BadUsage;
        }
        var path = Path.Combine(input, section, slug + ".md");
        var display = SourceFile.DisplayPathFor(Path.GetFullPath(path));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(StarterPage.Create(kind, title));
        }
        catch (IOException) when (File.Exists(path))
        {
            Console.Error.WriteLine($"backguide: error: {display} already exists; it was left as it is. Edit that page, or choose another title.");
            return CommandLine.ContentErrors;
        }
        Console.WriteLine($"Wrote {display}. Fill in its fields; `backguide preview` shows the page as you write.");
        return CommandLine.Success;
    }
}
