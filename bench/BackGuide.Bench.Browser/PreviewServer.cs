using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackGuide.Bench.Browser;

/// <summary>
/// <c>backguide preview --verbose</c> running in a folder on a free port, with every line it prints kept (both
/// streams) so its own timings can be read. Disposing stops it with SIGTERM, as Ctrl+C would, and kills it if it hangs.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<Uri> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewServer(Process process)
    {
        _process = process;
    }

    /// <summary>The address printed on the "Serving …" line.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Every line printed so far, in the order read.</summary>
    public IReadOnlyList<string> Lines => [.. _lines];

    /// <summary>Starts the server in <paramref name="folder"/> (which holds input/) and waits until it serves.</summary>
    public static async Task<PreviewServer> StartAsync(string backguide, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(backguide)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "preview", "--verbose", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start) ?? throw new BenchFailedException($"could not start {backguide}.");
        var server = new PreviewServer(process);
        process.OutputDataReceived += (_, e) => server.Read(e.Data);
        process.ErrorDataReceived += (_, e) => server.Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(server._serving.Task, exited, Task.Delay(timeout));
            if (first != server._serving.Task)
            {
                var why = first == exited ? $"exited with code {process.ExitCode}" : $"did not serve within {timeout.TotalSeconds:0} s";
                throw new BenchFailedException($"backguide preview {why}. It printed:\n  " + string.Join("\n  ", server.Lines));
            }
            server.Address = await server._serving.Task;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Forgets the lines printed so far (so figures read later belong to what comes after).</summary>
    public void ClearLines() => _lines.Clear();

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue(line);
        const string Serving = "Serving ";
        if (line.StartsWith(Serving, StringComparison.Ordinal))
        {
            var address = line[Serving.Length..].Split(' ')[0];
            _serving.TrySetResult(new Uri(address));
        }
    }

    /// <summary>A port nothing listens on now: the system's pick for a listener on port 0, released at once.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    await term.WaitForExitAsync();
                }
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    Console.Error.WriteLine("backguide preview did not stop within 10 s of SIGTERM; killing it.");
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
