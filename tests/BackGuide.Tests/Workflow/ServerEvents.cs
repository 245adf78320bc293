namespace BackGuide.Tests.Workflow;

/// <summary>Reads a server-sent event stream as a browser's EventSource would: named events with their data.</summary>
public sealed class ServerEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ServerEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<ServerEvents> OpenAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new ServerEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Skips other events until one named <paramref name="name"/> (whose data contains <paramref name="containing"/>) arrives; fails after ten seconds.</summary>
    public async Task<string> WaitForAsync(string name, string containing = "")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var seen = new List<string>();
        try
        {
            while (true)
            {
                var (eventName, data) = await NextAsync(timeout.Token);
                if (eventName == name && data.Contains(containing, StringComparison.Ordinal))
                {
                    return data;
                }
                seen.Add(eventName + " " + (data.Length > 300 ? data[..300] : data));
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"no '{name}' event within ten seconds; saw: {string.Join(", ", seen)}");
            throw;
        }
    }

    private async Task<(string Name, string Data)> NextAsync(CancellationToken cancel)
    {
        var name = "message";
        var data = "";
        while (await _reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0 || name != "message")
                {
                    return (name, data);
                }
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data += line["data: ".Length..];
            }
        }
        throw new EndOfStreamException("the server closed the event stream");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
