using System.CommandLine;
using BackGuide.Pipeline;

namespace BackGuide.Cli.Commands;

/// <summary>The folder options shared by build, check and preview, and how they become <see cref="BuildOptions"/>.</summary>
public sealed class FolderOptions
{
    public Option<string> Input { get; } = new("--input", "-i") { Description = "The folder of Markdown pages (default: input).", DefaultValueFactory = _ => "input" };

    public Option<string?> Theme { get; } = new("--theme", "-t") { Description = "A folder of theme files that override the shipped theme (default: theme, when it exists)." };

    public Option<string> Output { get; } = new("--output", "-o") { Description = "Where to write the site (default: output).", DefaultValueFactory = _ => "output" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only errors and warnings." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print each step as it runs." };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Build the pages marked 'draft: true' too, each marked as a draft (preview always shows them)." };

    public void AddTo(Command command, bool withOutput = true)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        if (withOutput)
        {
            command.Options.Add(Output);
        }
        command.Options.Add(Drafts);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public BuildOptions Bind(ParseResult result, bool write) => new()
    {
        InputDirectory = result.GetValue(Input)!,
        OutputDirectory = result.GetValue(Output) ?? "output",
        ThemeDirectory = result.GetValue(Theme) ?? (Directory.Exists("theme") ? "theme" : null),
        WriteOutput = write,
        IncludeDrafts = result.GetValue(Drafts),
        Notice = result.GetValue(Quiet) ? null : message => Console.Error.WriteLine("backguide: " + message),
    };
}
