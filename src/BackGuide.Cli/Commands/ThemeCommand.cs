using System.CommandLine;
using BackGuide.Templates;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide theme export DIR</c>: writes the shipped theme out, for a designer to start from.</summary>
public static class ThemeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Where to write the theme, such as input/_theme or my-theme." };
        var export = new Command("export", "Write the shipped theme (templates, partials, CSS, scripts, synonyms) into a folder, keeping any file already there.");
        export.Arguments.Add(folder);
        export.SetAction(result => Export(result.GetValue(folder)!));
        return new Command("theme", "Work with the theme.") { export };
    }

    private static int Export(string folder)
    {
        var kept = new List<string>();
        var names = Theme.ShippedNames();
        foreach (var name in names)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!NewFile.TryWrite(path, Theme.ReadShipped(name)))
            {
                kept.Add(name);
            }
        }
        foreach (var name in kept)
        {
            Console.WriteLine($"Kept {Path.Combine(folder, name)}, which was already there.");
        }
        Console.WriteLine($"Wrote {names.Count - kept.Count} theme files to {folder}. Change any of them and build with --theme {folder} (or keep them in input/_theme); delete the ones you leave as they are, so they keep up with new versions of BackGuide.");
        return CommandLine.Success;
    }
}
