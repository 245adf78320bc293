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
    public const int FormatVersion = 2;

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
                WritePage(json, page);
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
    /// A page as <c>[url, title, snippet]</c>, then, only on a page search treats apart, what it needs to know:
    /// <c>{"instead": [[title, url]…]}</c> on a movement to avoid, <c>{"warningSigns": […]}</c> on a page of warning signs.
    /// </summary>
    private static void WritePage(Utf8JsonWriter json, SearchablePage page)
    {
        json.WriteStartArray();
        json.WriteStringValue(page.Url);
        json.WriteStringValue(page.Title);
        json.WriteStringValue(page.Snippet);
        if (page.Instead is not null || page.WarningSigns.Count > 0)
        {
            json.WriteStartObject();
            if (page.Instead is { } instead)
            {
                json.WriteStartArray("instead");
                foreach (var link in instead)
                {
                    WriteStringList(json, null, [link.Title, link.Url]);
                }
                json.WriteEndArray();
            }
            if (page.WarningSigns.Count > 0)
            {
                WriteStringList(json, "warningSigns", page.WarningSigns);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
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
            length += ListLength([page.Url, page.Title, page.Snippet]) + ListLength(page.WarningSigns)
                + (page.Instead?.Sum(link => link.Title.Length + link.Url.Length + 8) ?? 0);
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
