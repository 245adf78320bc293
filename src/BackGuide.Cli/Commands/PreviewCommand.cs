using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BackGuide.Cli.Preview;

namespace BackGuide.Cli.Commands;

/// <summary><c>backguide preview</c>: builds, serves on 127.0.0.1, rebuilds on every change and reloads the browser.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var folders = new FolderOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port to serve on, on 127.0.0.1 only (0 picks a free one).", DefaultValueFactory = _ => 5080 };
        port.CustomParser = ParsePort;
        var open = new Option<bool>("--open") { Description = "Open the site in your web browser." };
        var command = new Command("preview", "Build the site, serve it at http://127.0.0.1:5080/, and rebuild and reload the browser whenever a page or the theme changes.");
        folders.AddTo(command, withOutput: false);
        command.Options.Add(port);
        command.Options.Add(open);
        command.SetAction(result => Run(folders, result, result.GetValue(port), result.GetValue(open)));
        return command;
    }

    /// <summary>A whole number from 0 to 65535; anything else ("abc", "", "1e3", "-1") is a usage error (exit 2), never a crash.</summary>
    private static int ParsePort(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 65535)
        {
            return value;
        }
        result.AddError($"--port must be a whole number from 0 to 65535, like --port 8080; '{text}' is not.");
        return 0;
    }

    private static int Run(FolderOptions folders, ParseResult result, int port, bool open)
    {
        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !stop.IsCancellationRequested; // a second Ctrl+C ends the program at once
            stop.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        var options = folders.Bind(result, write: false);
        PreviewHost host;
        try
        {
            host = PreviewHost.StartAsync(options, port, result.GetValue(folders.Quiet), result.GetValue(folders.Verbose)).GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"backguide: error: cannot serve on 127.0.0.1:{port}: {ex.Message} Is another preview running? Pass another port with --port N.");
            return CommandLine.ContentErrors;
        }
        var watched = options.ThemeDirectory is null ? options.InputDirectory : $"{options.InputDirectory} and {options.ThemeDirectory}";
        Console.WriteLine($"Serving {host.Address} (watching {watched}). Press Ctrl+C to stop.");
        if (open)
        {
            OpenBrowser(host.Address);
        }
        WaitHandle.WaitAny([stop.Token.WaitHandle, host.Stopping.WaitHandle]);
        host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Console.CancelKeyPress -= OnCancel;
        Console.WriteLine("Preview stopped.");
        return CommandLine.Success;
    }

    private static void OpenBrowser(Uri address)
    {
        try
        {
            Process.Start(new ProcessStartInfo(address.AbsoluteUri) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            Console.Error.WriteLine($"Could not open a browser ({ex.Message}); open {address} yourself.");
        }
    }
}
