using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackGuide.Search;

/// <summary>
/// Writes the index as <c>search-index.js</c>: a script that assigns <c>window.BackGuideSearchIndex</c>, so a page loads
/// it with a &lt;script&gt; tag and search works from file:// (no fetch, no worker). Keys and pages are in a fixed order.
/// </summary>
public static class SearchIndexScript
{
    public const string GlobalName = "BackGuideSearchIndex";
    public const int FormatVersion = 1;

    public static ReadOnlyMemory<byte> Write(SearchIndex index)
    {
        var buffer = new ArrayBufferWriter<byte>(EstimateLength(index));
        buffer.Write(Encoding.UTF8.GetBytes("window." + GlobalName + " = "));
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            WriteStringList(json, "stopWords", StopWords.All);
            json.WriteStartArray("synonyms");
            foreach (var group in index.Synonyms)
            {
                WriteStringList(json, null, group);
            }
            json.WriteEndArray();
            json.WriteStartArray("pages");
            foreach (var page in index.Pages)
            {
                WriteStringList(json, null, [page.Url, page.Title, page.Snippet]);
            }
            json.WriteEndArray();
            WriteMap(json, "terms", index.Terms);
            WriteMap(json, "words", index.Words);
            json.WriteEndObject();
        }
        buffer.Write(";\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// About how many bytes the script takes, a little over for mostly ASCII text, so the buffer seldom grows: the index
    /// is large, and every copy of it costs.
    /// </summary>
    private static int EstimateLength(SearchIndex index)
    {
        var length = 1024 + ListLength(StopWords.All) + index.Synonyms.Sum(ListLength) + MapLength(index.Terms) + MapLength(index.Words);
        foreach (var page in index.Pages)
        {
            length += ListLength([page.Url, page.Title, page.Snippet]);
        }
        return length + (length / 16);
    }

    private static int ListLength(IEnumerable<string> items) => items.Sum(item => item.Length + 3) + 2;

    private static int MapLength(IReadOnlyDictionary<string, string> map) => map.Sum(p => p.Key.Length + p.Value.Length + 6) + 16;

    private static void WriteStringList(Utf8JsonWriter json, string? name, IEnumerable<string> items)
    {
        if (name is null)
        {
            json.WriteStartArray();
        }
        else
        {
            json.WriteStartArray(name);
        }
        foreach (var item in items)
        {
            json.WriteStringValue(item);
        }
        json.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
    }
}
