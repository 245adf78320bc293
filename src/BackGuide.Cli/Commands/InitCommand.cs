using System.CommandLine;
using BackGuide.Starter;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide init [DIR]</c>: writes a new guide that builds as it is, into an empty (or new) folder.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where to start the guide (default: the current folder).", DefaultValueFactory = _ => "." };
        var title = new Option<string>("--title") { Description = "The guide's title (default: My guide).", DefaultValueFactory = _ => "My guide" };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty; files already there are kept as they are." };
        var command = new Command("init", "Start a new guide: settings, a home page, one page of each kind, a .gitignore and a GitHub Pages workflow.");
        command.Arguments.Add(folder);
        command.Options.Add(title);
        command.Options.Add(force);
        command.SetAction(result => Write(result.GetValue(folder)!, result.GetValue(title)!.Trim(), result.GetValue(force)));
        return command;
    }

    private static int Write(string folder, string title, bool force)
    {
        if (File.Exists(folder))
        {
            Console.Error.WriteLine($"backguide: error: '{folder}' is a file. Name a new or empty folder for the guide.");
            return CommandLine.BadUsage;
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !force)
        {
            Console.Error.WriteLine($"backguide: error: '{folder}' is not empty, so no guide was written into it. Name a new or empty folder, such as 'backguide init my-guide', or add --force to write into it (files already there are kept).");
            return CommandLine.ContentErrors;
        }
        if (title.Length == 0 || title.Any(char.IsControl))
        {
            Console.Error.WriteLine("backguide: error: --title must be text on one line, such as --title \"Knee care\".");
            return CommandLine.BadUsage;
        }
        var kept = new List<string>();
        foreach (var (path, text) in StarterGuide.Files(title))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (!NewFile.TryWrite(full, text))
            {
                kept.Add(path);
            }
        }
        foreach (var path in kept)
        {
            Console.WriteLine($"Kept {path}, which was already there.");
        }
        var where = Path.GetFullPath(folder) == Path.GetFullPath(".") ? "" : $"cd {folder} && ";
        Console.WriteLine($"Started a guide in {folder}. Next: {where}backguide preview --open");
        return CommandLine.Success;
    }
}
