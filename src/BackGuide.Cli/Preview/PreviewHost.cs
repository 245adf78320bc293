using System.Net;
using System.Text;
using BackGuide.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackGuide.Cli.Preview;

/// <summary>
/// The preview server: builds the site into memory, serves it with Kestrel on 127.0.0.1 only, rebuilds when
/// input/ or the theme changes, and tells browsers to reload (server-sent events at <c>/_backguide/events</c>).
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    /// <summary>Where the server's own endpoints live; no output path can start with '_' (such input files are not content).</summary>
    public const string EventsPath = "_backguide/events";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly BrowserEvents _events;
    private readonly SourceWatcher _watcher;
    private readonly CancellationTokenSource _stopping = new();

    private PreviewHost(WebApplication app, BrowserEvents events, LiveSite site, SourceWatcher watcher, Uri address)
    {
        _app = app;
        _events = events;
        Site = site;
        _watcher = watcher;
        Address = address;
    }

    /// <summary>The server's address, such as http://127.0.0.1:5080/.</summary>
    public Uri Address { get; }

    public LiveSite Site { get; }

    /// <summary>How many browser tabs are connected to the reload stream.</summary>
    public int ConnectedBrowsers => _events.SubscriberCount;

    /// <summary>Signalled when the server begins to stop (Ctrl+C, or the host shutting down).</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Builds the site, drafts included and marked, then starts serving and watching. Port 0 picks a free port.</summary>
    public static async Task<PreviewHost> StartAsync(BuildOptions options, int port, bool quiet = false, bool verbose = false)
    {
        var events = new BrowserEvents();
        // A writer previews what they are writing, drafts included; each is marked, so none is mistaken for published.
        var site = new LiveSite(options with { IncludeDrafts = true }, events, quiet, verbose);
        site.Rebuild();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "backguide" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        PreviewHost? self = null;
        app.Run(http => self!.HandleAsync(http));
        await app.StartAsync().ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        var folders = new List<string> { Path.GetFullPath(options.InputDirectory) };
        if (options.ThemeDirectory is not null)
        {
            folders.Add(Path.GetFullPath(options.ThemeDirectory));
        }
        var watcher = new SourceWatcher(folders, (changedAt, changed) => site.Rebuild(changedAt, changed));
        self = new PreviewHost(app, events, site, watcher, address);
        app.Lifetime.ApplicationStopping.Register(self.SignalStopping);
        return self;
    }

    private void SignalStopping()
    {
        try
        {
            _stopping.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // already disposed: nothing left to signal
        }
        _events.CompleteAll();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!IsLocalHost(http.Request.Headers.Host.ToString()))
        {
            // A page on another site could otherwise point its own name at 127.0.0.1 (DNS rebinding) and read the drafts.
            await WriteTextAsync(response, StatusCodes.Status400BadRequest, "Bad request: the preview answers only to localhost, 127.0.0.1 and [::1].\n").ConfigureAwait(false);
            return;
        }
        var raw = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var path = RequestPath.Resolve(raw);
        if (path is null)
        {
            await WriteTextAsync(response, StatusCodes.Status400BadRequest, "Bad request: this path is not inside the site.\n").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await WriteTextAsync(response, StatusCodes.Status405MethodNotAllowed, "Only GET and HEAD are served.\n").ConfigureAwait(false);
            return;
        }
        if (path == EventsPath)
        {
            await StreamEventsAsync(http).ConfigureAwait(false);
            return;
        }
        var state = Site.Current;
        if (state.Version == 0)
        {
            // no build has succeeded yet: a page that shows the errors and reloads once they are fixed
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8",
                Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Build failed</title></head><body>\n"
                    + "<p>The site has not built yet. Fix the errors shown below and in the terminal; this page reloads when it builds.</p>\n"
                    + ReloadScript.Html(0) + "</body></html>\n")).ConfigureAwait(false);
            return;
        }
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (state.Site.Read(file) is { } bytes)
        {
            var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml")
            {
                type += "; charset=utf-8";
            }
            if (type.StartsWith("text/html", StringComparison.Ordinal))
            {
                bytes = ReloadScript.Stamp(bytes, state.Version);
            }
            await WriteAsync(http, StatusCodes.Status200OK, type, bytes).ConfigureAwait(false);
            return;
        }
        if (state.Site.Contains(path + "/index.html"))
        {
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            // Built from the resolved path, so '//exercises' cannot become a redirect to another host.
            response.Headers.Location = "/" + path + "/" + (query < 0 ? "" : raw[query..]);
            return;
        }
        var notFound = state.Site.Read("404.html") is { } page ? ReloadScript.Stamp(page, state.Version) : null;
        await WriteAsync(http, StatusCodes.Status404NotFound, "text/html; charset=utf-8",
            notFound ?? Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><p>No page here.</p>\n")).ConfigureAwait(false);
    }

    /// <summary>True for the Host headers of this machine's loopback names, with the port the preview listens on or none.</summary>
    private bool IsLocalHost(string host)
    {
        var port = ":" + Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var name = host.EndsWith(port, StringComparison.Ordinal) ? host[..^port.Length] : host;
        return name is "127.0.0.1" or "localhost" or "[::1]";
    }

        private async Task StreamEventsAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        var channel = _events.Subscribe();
        try
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
            var state = Site.Current;
            var since = http.Request.Query["since"].ToString();
            var greeting = new StringBuilder(": backguide preview\n\n");
            if (since.Length > 0 && since != state.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) && state.Version > 0)
            {
                greeting.Append(BrowserEvents.Format("reload", state.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            if (state.Problems.Count > 0)
            {
                greeting.Append(BrowserEvents.Format("problems", LiveSite.ProblemsJson(state.Problems)));
            }
            await response.WriteAsync(greeting.ToString(), cancel.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(cancel.Token).ConfigureAwait(false))
            {
                await response.WriteAsync(message, cancel.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(cancel.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // the browser went away or the server is stopping
        }
        catch (IOException)
        {
            // the connection broke
        }
        finally
        {
            _events.Unsubscribe(channel);
        }
    }

    private static Task WriteTextAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text);
    }

    private static async Task WriteAsync(HttpContext http, int status, string contentType, byte[] bytes)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        SignalStopping();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
