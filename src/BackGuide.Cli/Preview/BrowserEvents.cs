using System.Threading.Channels;

namespace BackGuide.Cli.Preview;

/// <summary>Server-sent events to every open browser tab: each subscriber gets its own queue of events.</summary>
public sealed class BrowserEvents
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _subscribers = [];

    /// <summary>How many browser tabs are listening now.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Queues an event (<c>event: NAME</c>, one line of data) for every subscriber.</summary>
    public void Publish(string name, string data)
    {
        var message = Format(name, data);
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(message);
            }
        }
    }

    public static string Format(string name, string data) => $"event: {name}\ndata: {data.ReplaceLineEndings(" ")}\n\n";

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }
        channel.Writer.TryComplete();
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for browsers to hang up.</summary>
    public void CompleteAll()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }
            _subscribers.Clear();
        }
    }
}
