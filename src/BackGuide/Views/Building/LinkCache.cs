using System.Collections.Concurrent;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Views.Building;

/// <summary>
/// Relative URLs and page links for one build's views, made once per folder: a link depends only on the folder of
/// the page that shows it, so the thousands of pages in a folder share one copy. Safe to use from parallel renders.
/// </summary>
public sealed class LinkCache
{
    private readonly ConcurrentDictionary<string, Folder> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Folder>.AlternateLookup<ReadOnlySpan<char>> _foldersBySpan;

    public LinkCache() => _foldersBySpan = _folders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The folder of the output file at <paramref name="path"/> ("" at the root, else ending in '/').</summary>
    public Folder FolderOf(string path)
    {
        var name = path.AsSpan(0, path.LastIndexOf('/') + 1);
        return _foldersBySpan.TryGetValue(name, out var folder) ? folder : _folders.GetOrAdd(name.ToString(), static n => new Folder(n));
    }

    /// <summary>What is the same for every page in one output folder: the way to the root and links to other files.</summary>
    public sealed class Folder
    {
        private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<Document, LinkView> _links = new(ReferenceEqualityComparer.Instance);
        private readonly string _page;

        internal Folder(string name)
        {
            // Any file name will do: RelativeUrl.Between reads only the folders of the page it starts from.
            _page = name + "index.html";
            Root = RelativeUrl.ToRoot(_page);
        }

        /// <summary>"", "../", "../../": the prefix that leads from this folder to the site root.</summary>
        public string Root { get; }

        /// <summary>The URL from this folder to the output file at <paramref name="to"/>.</summary>
        public string Url(string to) => _urls.TryGetValue(to, out var url) ? url : _urls.GetOrAdd(to, RelativeUrl.Between(_page, to));

        /// <summary>The link to <paramref name="target"/> from this folder, shared by every page here.</summary>
        public LinkView Link(Document target) =>
            _links.TryGetValue(target, out var link) ? link : _links.GetOrAdd(target, Links.To(target, Url(target.OutputPath)));
    }
}
