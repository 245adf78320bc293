using BackGuide.Cli.Preview;
using BackGuide.Pipeline;

namespace BackGuide.Tests.Support;

/// <summary>
/// A test class's site served by the preview in this process, on a free port, with an HTTP client for it, as a browser
/// would use it; the server stops and the site is deleted after the class.
/// </summary>
public abstract class PreviewSession(TestSite site) : IAsyncLifetime, IDisposable
{
    protected TestSite Site { get; } = site;

    protected PreviewHost Host { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await PreviewHost.StartAsync(new BuildOptions { InputDirectory = Site.InputDirectory, OutputDirectory = Site.OutputDirectory }, port: 0, quiet: true);
        Client = new HttpClient { BaseAddress = Host.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        Site.Dispose();
    }

    public void Dispose()
    {
        Client?.Dispose();
        GC.SuppressFinalize(this);
    }
}
