using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackGuide.Content;
using BackGuide.Pipeline;

namespace BackGuide.Metadata;

/// <summary>
/// The schema.org JSON-LD of a page: <c>HowTo</c> with its <c>HowToStep</c>s for an exercise, <c>MedicalWebPage</c>
/// (with <c>lastReviewed</c>) for guide, self-care and avoid pages. The text is safe inside a script element.
/// </summary>
public static class StructuredData
{
    // The default encoder writes '<', '>' and '&' as \u escapes, so "</script>" in a title cannot end the element.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The JSON-LD for <paramref name="doc"/>, or null when the page has none.</summary>
    public static string? For(Document doc, SiteSettings settings)
    {
        if (doc.Meta is null || !doc.IsAuthoredPage || doc.Kind is PageKind.Home or PageKind.SectionIndex)
        {
            return null;
        }
        // Written straight to UTF-8, in the order the properties have always had, without building a tree first.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var json = t_writer ??= new Utf8JsonWriter(buffer, Options);
        json.Reset(buffer);
        json.WriteStartObject();
        if (doc.Meta is ExerciseMeta { Avoid: null } exercise)
        {
            WriteHowTo(json, doc, exercise);
        }
        else
        {
            WriteStart(json, "MedicalWebPage", doc);
            WriteReviewed(json, doc.Meta, "lastReviewed");
        }
        if (settings.NormalizedBaseUrl is { Length: > 0 } baseUrl)
        {
            json.WriteString("url", baseUrl + doc.OutputPath);
        }
        json.WriteString("inLanguage", settings.Language);
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteHowTo(Utf8JsonWriter json, Document doc, ExerciseMeta meta)
    {
        WriteStart(json, "HowTo", doc);
        if (meta.Equipment.Count > 0)
        {
            json.WriteStartArray("tool");
            foreach (var equipment in meta.Equipment)
            {
                json.WriteStartObject();
                json.WriteString("@type", "HowToTool");
                json.WriteString("name", equipment);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("step");
        for (var i = 0; i < meta.Steps.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "HowToStep");
            json.WriteNumber("position", i + 1);
            json.WriteString("text", meta.Steps[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteReviewed(json, meta, "dateModified");
    }

    private static void WriteStart(Utf8JsonWriter json, string type, Document doc)
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", type);
        json.WriteString("name", doc.Title);
        if (doc.Meta?.Summary is { Length: > 0 } summary)
        {
            json.WriteString("description", summary);
        }
    }

    private static void WriteReviewed(Utf8JsonWriter json, PageMeta meta, string property)
    {
        if (meta.Reviewed is { } reviewed)
        {
            json.WriteString(property, reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
