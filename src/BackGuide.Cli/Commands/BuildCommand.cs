using System.CommandLine;
using BackGuide.Pipeline;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide build</c>: builds the site into the output folder.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var folders = new FolderOptions();
        var command = new Command("build", "Build the site from input/ into output/.");
        folders.AddTo(command);
        command.SetAction(result =>
        {
            var reporter = new Reporter(result.GetValue(folders.Quiet), result.GetValue(folders.Verbose));
            var build = new SiteBuilder(folders.Bind(result, write: true)).Build(reporter.Progress);
            reporter.Report(build, verb: "Built");
            return build.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
        });
        return command;
    }
}
