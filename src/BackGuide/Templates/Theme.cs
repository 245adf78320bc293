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
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    names.Add(prefix + Path.GetRelativePath(dir, file).Replace('\\', '/'));
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
            if (File.Exists(path))
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
            if (File.Exists(path))
            {
                return File.ReadAllBytes(path);
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

    public string? ReadText(string name)
    {
        var bytes = ReadBytes(name);
        return bytes is null ? null : Text.TextDecoder.DecodeLenient(bytes);
    }
}
