using System.Diagnostics;

namespace BackGuide.Tests.Support;

/// <summary>Runs the real backguide program (the built CLI assembly) as a separate process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string StandardOutput, string StandardError);

    public static Run Invoke(string workingDirectory, params string[] args) => InvokeAs([], workingDirectory, args);

    /// <summary>Runs backguide through <paramref name="prefix"/>, a command such as setpriv that runs it as another user.</summary>
    public static Run InvokeAs(IReadOnlyList<string> prefix, string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "backguide.dll");
        var start = new ProcessStartInfo(prefix.Count > 0 ? prefix[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var word in prefix.Skip(1).Append(prefix.Count > 0 ? "dotnet" : null).OfType<string>())
        {
            start.ArgumentList.Add(word);
        }
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GITHUB_ACTIONS"] = "false";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("backguide did not finish within two minutes.");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
