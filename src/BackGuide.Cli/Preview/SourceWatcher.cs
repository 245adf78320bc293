namespace BackGuide.Cli.Preview;

/// <summary>
/// Watches the input and theme folders and calls back once a burst of changes has been quiet for a moment (editors
/// often save in several steps: write a temporary file, rename, touch). Never runs two callbacks at once; changes
/// during a rebuild cause one more rebuild after it.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<DateTime, IReadOnlyCollection<string>?> _onChanged;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private DateTime? _firstChange;
    private HashSet<string>? _changed = new(StringComparer.Ordinal);
    private bool _running;
    private bool _again;

    /// <param name="onChanged">
    /// Called with the time of the first change in the burst and the full paths that changed in it (null when the
    /// system lost count of them, so anything may have changed).
    /// </param>
    public SourceWatcher(IEnumerable<string> folders, Action<DateTime, IReadOnlyCollection<string>?> onChanged)
    {
        _onChanged = onChanged;
        _timer = new Timer(_ => Fire());
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => Changed(e.FullPath);
            watcher.Error += (_, _) => Changed(null); // the event buffer overflowed: rebuild to be safe
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Changed(string? path)
    {
        if (path is not null && IsEditorNoise(Path.GetFileName(path)))
        {
            return;
        }
        lock (_gate)
        {
            _firstChange ??= DateTime.UtcNow;
            if (path is null)
            {
                _changed = null;
            }
            else
            {
                _changed?.Add(path);
            }
        }
        try
        {
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // a last event arriving while the preview stops
        }
    }

    /// <summary>Swap and backup files editors write beside a page; the build ignores them too (names starting with '.').</summary>
    private static bool IsEditorNoise(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";

    private void Fire()
    {
        DateTime first;
        IReadOnlyCollection<string>? changed;
        lock (_gate)
        {
            if (_running)
            {
                _again = true;
                return;
            }
            _running = true;
            (first, changed) = TakeBurst();
        }
        while (true)
        {
            _onChanged(first, changed);
            lock (_gate)
            {
                if (!_again)
                {
                    _running = false;
                    return;
                }
                _again = false;
                (first, changed) = TakeBurst();
            }
        }
    }

    /// <summary>The burst's first time and paths, starting a new burst; called with the gate held.</summary>
    private (DateTime First, IReadOnlyCollection<string>? Changed) TakeBurst()
    {
        var burst = (_firstChange ?? DateTime.UtcNow, (IReadOnlyCollection<string>?)_changed);
        _firstChange = null;
        _changed = new HashSet<string>(StringComparer.Ordinal);
        return burst;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _timer.Dispose();
    }
}
