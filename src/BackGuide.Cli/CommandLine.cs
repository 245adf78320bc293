using System.CommandLine;
using BackGuide.Cli.Commands;

namespace BackGuide.Cli;

/// <summary>The backguide command line: its commands, and exit codes 0 (success), 1 (content errors), 2 (bad usage).</summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("BackGuide: builds exercise and self-care guides into a static site that works offline.")
        {
            BuildCommand.Create(),
            BuildCommand.CreateCheck(),
            PreviewCommand.Create(),
            NewCommand.Create(),
            InitCommand.Create(),
            ThemeCommand.Create(),
            SchemaCommand.Create(),
            ImportCommand.Create(),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"backguide: error: {error.Message}");
            }
            Console.Error.WriteLine("Run 'backguide --help' for usage.");
            return BadUsage;
        }
        return result.Invoke();
    }
}
