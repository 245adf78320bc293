using BackGuide.Files;
using System.Reflection;

namespace BackGuide.Templates;

/// <summary>
/// The theme as layers of files: the writer's folders first (<c>--theme DIR</c> or <c>theme/</c>, and <c>input/_theme/</c>),
/// the shipped theme last. A file in an earlier layer replaces the file of the same name in later ones.
/// </summary>
public sealed class Theme
{
    private const string EmbeddedPrefix = "theme/";
    private static readonly Assembly EngineAssembly = typeof(Theme).Assembly;
    private readonly IReadOnlyList<string> _folders;

    public Theme(IEnumerable<string> overrideFolders) =>
        _folders = overrideFolders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToList();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _problems = new(StringComparer.Ordinal);

    /// <summary>The theme files that may not be read (links out of their folder, special files, files too big), with why; they are left out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Problems => _problems.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    /// <summary>Why a file of an override folder may not be used, or null; remembered for <see cref="Problems"/>.</summary>
    private string? Unsafe(string path, string root)
    {
        var problem = UntrustedFile.Problem(path, root, UntrustedFile.MaxCopyBytes);
        if (problem is not null)
        {
            _problems.TryAdd(path, problem);
        }
        return problem;
    }

    /// <summary>Looks at every file of the override folders once, so that <see cref="Problems"/> is complete before anything is read.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CheckFiles()
    {
        foreach (var root in _folders.Where(Directory.Exists))
        {
            var pending = new Stack<string>([root]);
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                try
                {
                    foreach (var sub in Directory.GetDirectories(dir))
                    {
                        pending.Push(sub);
                    }
                    foreach (var file in Directory.GetFiles(dir))
                    {
                        Unsafe(file, root);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    _problems.TryAdd(dir, UntrustedFile.CannotRead("folder", ex));
                }
            }
        }
        return Problems;
    }

    /// <summary>Folders that override the shipped theme, highest priority first.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>The relative names ('/'-separated) of every theme file under <paramref name="folder"/>, from all layers.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var prefix = folder.TrimEnd('/') + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in _folders)
        {
            var dir = Path.Combine(root, folder);
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
                {
                    if (Unsafe(file, root) is null)
                    {
                        names.Add(prefix + Path.GetRelativePath(dir, file).Replace('\\', '/'));
                    }
                }
            }
        }
        foreach (var resource in EngineAssembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(EmbeddedPrefix + prefix, StringComparison.Ordinal))
            {
                names.Add(resource[EmbeddedPrefix.Length..]);
            }
        }
        return names.ToList();
    }

    /// <summary>Where a theme file comes from: a real path, or "(built-in) theme/NAME" for the shipped copy; null if none has it.</summary>
    public string? Locate(string name)
    {
        foreach (var root in _folders)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && Unsafe(path, root) is null)
            {
                return path;
            }
        }
        return EngineAssembly.GetManifestResourceInfo(EmbeddedPrefix + name) is not null ? "(built-in) theme/" + name : null;
    }

    public byte[]? ReadBytes(string name)
    {
        foreach (var root in _folders)
        {
            var path = Path.Combine(root, name);
            if (File.Exists(path) && Unsafe(path, root) is null)
            {
                return UntrustedFile.ReadAllBytes(path, UntrustedFile.MaxCopyBytes);
            }
        }
        using var stream = EngineAssembly.GetManifestResourceStream(EmbeddedPrefix + name);
        if (stream is null)
        {
            return null;
        }
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The relative names of every file of the shipped theme, in order, for <c>backguide theme export</c>.</summary>
    public static IReadOnlyList<string> ShippedNames() =>
        EngineAssembly.GetManifestResourceNames().Where(r => r.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            .Select(r => r[EmbeddedPrefix.Length..]).Order(StringComparer.Ordinal).ToList();

    /// <summary>The shipped copy of a theme file, whatever overrides it.</summary>
    public static byte[] ReadShipped(string name) => new Theme([]).ReadBytes(name) ?? throw new FileNotFoundException("The shipped theme has no " + name + ".");

    public string? ReadText(string name)
    {
        var bytes = ReadBytes(name);
        return bytes is null ? null : Text.TextDecoder.DecodeLenient(bytes);
    }
}
