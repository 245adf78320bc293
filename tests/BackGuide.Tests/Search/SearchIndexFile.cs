using System.Text.Json;
using BackGuide.Search;

namespace BackGuide.Tests.Search;

/// <summary>The built <c>search-index.js</c>, read back as the browser would see <c>window.BackGuideSearchIndex</c>.</summary>
public sealed class SearchIndexFile
{
    private const string Prefix = "window.BackGuideSearchIndex = ";

    public SearchIndexFile(string outputDirectory)
    {
        Text = File.ReadAllText(Path.Combine(outputDirectory, "search-index.js"));
        Assert.StartsWith(Prefix, Text, StringComparison.Ordinal);
        Root = JsonDocument.Parse(Text[Prefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
    }

    public string Text { get; }

    public JsonElement Root { get; }

    public IReadOnlyList<string> Urls => Root.GetProperty("pages").EnumerateArray().Select(p => p[0].GetString()!).ToList();

    public IReadOnlyList<string> SynonymEntries =>
        Root.GetProperty("synonyms").EnumerateArray().SelectMany(g => g.EnumerateArray()).Select(e => e.GetString()!).ToList();

    /// <summary>The pages (by URL) that hold <paramref name="term"/>, with their stored weight.</summary>
    public IReadOnlyDictionary<string, int> PagesWith(string term)
    {
        var urls = Urls;
        return Root.GetProperty("terms").TryGetProperty(term, out var encoded)
            ? PostingEncoding.Decode(encoded.GetString()!).ToDictionary(p => urls[p.Page], p => p.Weight)
            : new Dictionary<string, int>();
    }
}
