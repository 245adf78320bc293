using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackGuide.Content;

namespace BackGuide.Views.Building;

/// <summary>
/// The wording the browser scripts show, as the JSON the layout puts in <c>&lt;script type="application/json"
/// id="bg-strings"&gt;</c>: the scripts read it there, so it works from file:// and needs no request. Every '&lt;' is
/// written as <c>\u003c</c>, so no string of site.yml can end the element.
/// </summary>
public static class ScriptStrings
{
    public static string Json(IReadOnlyDictionary<string, string> strings)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var name in ThemeStrings.ForScripts)
            {
                json.WriteString(name, strings[name]);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("<", "\\u003c", StringComparison.Ordinal);
    }
}
