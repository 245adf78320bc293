using System.CommandLine;
using BackGuide.FrontMatter;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide schema</c>: writes the JSON Schema of the front matter, for editors.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: print to the terminal)." };
        var command = new Command("schema", "Write a JSON Schema of the front matter, so editors can validate and complete it.");
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var schema = FrontMatterJsonSchema.Generate();
            if (result.GetValue(output) is not { Length: > 0 } path)
            {
                Console.Out.Write(schema);
                return CommandLine.Success;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
            File.WriteAllText(path, schema);
            Console.WriteLine($"Wrote {path}.");
            return CommandLine.Success;
        });
        return command;
    }
}
