using System.Diagnostics;
using System.Text.RegularExpressions;
using BackGuide.Tests.Support;

namespace BackGuide.Tests.Workflow;

/// <summary>The real <c>backguide preview</c> program: it tells where it serves, serves, and stops cleanly on Ctrl+C.</summary>
public sealed partial class PreviewProcessTests : IDisposable
{
    private readonly TestSite _site = new TestSite().WithPage("index.md", "title: Home", "Welcome home.\n");

    public void Dispose() => _site.Dispose();

    [GeneratedRegex(@"^Serving (http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex ServingLine();

    [Theory]
    [InlineData("INT")] // Ctrl+C
    [InlineData("TERM")]
    public async Task Preview_Serves_AndStopsCleanlyOnASignal(string signal)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "backguide.dll"), "preview", "--port", "0", "--quiet" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var address = ServingLine().Match(line ?? "");
            Assert.True(address.Success, $"unexpected first line: {line}; errors: {(process.HasExited ? await stderr : "")}");
            using var client = new HttpClient();
            var home = await client.GetStringAsync(address.Groups[1].Value);

            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Contains("Welcome home.", home, StringComparison.Ordinal);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Preview stopped.", rest, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Preview_OnABusyPort_SaysSoAndExits()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        var run = CliRunner.Invoke(_site.Root, "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot serve on 127.0.0.1:{port}", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }
}
