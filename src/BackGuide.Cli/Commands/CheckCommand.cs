using System.CommandLine;
using BackGuide.Pipeline;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide check</c>: every validation build does (front matter, references, links, anchors, templates), writing nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var folders = new FolderOptions();
        var command = new Command("check", "Check every page, reference, link and anchor without writing anything.");
        folders.AddTo(command, withOutput: false);
        command.SetAction(result =>
        {
            var reporter = new Reporter(result.GetValue(folders.Quiet), result.GetValue(folders.Verbose));
            var build = new SiteBuilder(folders.Bind(result, write: false)).Build(reporter.Progress);
            reporter.Report(build, verb: "Checked");
            return build.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
        });
        return command;
    }
}
