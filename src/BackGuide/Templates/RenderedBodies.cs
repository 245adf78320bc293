using System.Collections.Concurrent;

namespace BackGuide.Templates;

/// <summary>
/// Pages' bodies as their own templates rendered them, for a page that embeds other pages (the print document), so no
/// page is rendered twice. Only the bodies asked for are kept, each already made ready for embedding by the caller's
/// <c>prepare</c>, on the thread that rendered it.
/// <para>
/// The embedding page can be rendered while the others are (<see cref="Stream"/>): it then takes each body as soon as
/// it is there, waiting for it if need be, and the body is let go once taken, so a big site never holds every page's
/// body at once. Otherwise (the preview, which compares models before rendering) it is rendered after the others, and
/// the bodies stay.
/// </para>
/// </summary>
public sealed class RenderedBodies
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _slots = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private Func<string, string, string> _prepare = static (body, _) => body;
    private bool _streaming;

    /// <summary>
    /// Asks for the bodies of the pages at these output paths (in the order the embedding page shows them) to be kept,
    /// each as <paramref name="prepare"/> makes it from the body and the page's output path.
    /// </summary>
    public void Want(IEnumerable<string> outputPaths, Func<string, string, string> prepare)
    {
        _prepare = prepare;
        foreach (var path in outputPaths)
        {
            if (_slots.TryAdd(path, new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously)))
            {
                _order.Add(path);
            }
        }
    }

    /// <summary>The output paths asked for, in the order they were asked for.</summary>
    public IReadOnlyList<string> Order => _order;

    /// <summary>From now on a body is let go once it has been taken.</summary>
    public void Stream() => _streaming = true;

    public void Keep(string outputPath, string body)
    {
        if (_slots.TryGetValue(outputPath, out var slot) && !slot.Task.IsCompleted)
        {
            slot.TrySetResult(_prepare(body, outputPath));
        }
    }

    /// <summary>
    /// Puts a page's new body in place of the one kept, when it was asked for: the preview re-renders one edited page
    /// and then the pages that embed it, long after the build that asked. Not for a build that streams.
    /// </summary>
    public void Replace(string outputPath, string body)
    {
        if (_slots.ContainsKey(outputPath))
        {
            var slot = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            slot.SetResult(_prepare(body, outputPath));
            _slots[outputPath] = slot;
        }
    }

    /// <summary>Says the page at <paramref name="outputPath"/> is done: if it left no body (it failed), none will come.</summary>
    public void Done(string outputPath)
    {
        if (_slots.TryGetValue(outputPath, out var slot))
        {
            slot.TrySetResult(null);
        }
    }

    /// <summary>Says every page is done, whatever happened: nobody waits for a body that will not come.</summary>
    public void CompleteAll()
    {
        foreach (var slot in _slots.Values)
        {
            slot.TrySetResult(null);
        }
    }

    /// <summary>
    /// The kept, prepared body of the page at <paramref name="outputPath"/>, or null when it left none. While streaming,
    /// waits until the page is done, and lets the body go: each body is found once.
    /// </summary>
    public string? Find(string outputPath)
    {
        if (!_slots.TryGetValue(outputPath, out var slot))
        {
            return null;
        }
        if (!_streaming)
        {
            return slot.Task.IsCompletedSuccessfully ? slot.Task.Result : null;
        }
        var body = slot.Task.GetAwaiter().GetResult();
        _slots.TryRemove(outputPath, out _);
        return body;
    }
}
