using System.CommandLine;
using BackGuide.Pipeline;

namespace BackGuide.Cli.Commands;

/// <summary>
/// <c>backguide build</c> (builds the site into the output folder) and <c>backguide check</c> (every validation
/// build does — front matter, references, links, anchors, templates — writing nothing): one pipeline, two modes.
/// </summary>
public static class BuildCommand
{
    public static Command Create() =>
        Create("build", "Build the site from input/ into output/.", write: true, verb: "Built");

    public static Command CreateCheck() =>
        Create("check", "Check every page, reference, link and anchor without writing anything.", write: false, verb: "Checked");

    private static Command Create(string name, string description, bool write, string verb)
    {
        var folders = new FolderOptions();
        var command = new Command(name, description);
        folders.AddTo(command, withOutput: write);
        command.SetAction(result =>
        {
            var reporter = new Reporter(result.GetValue(folders.Quiet), result.GetValue(folders.Verbose));
            var build = new SiteBuilder(folders.Bind(result, write)).Build(reporter.Progress);
            reporter.Report(build, verb);
            return build.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
        });
        return command;
    }
}
