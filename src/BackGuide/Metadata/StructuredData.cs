using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackGuide.Content;
using BackGuide.Output;
using BackGuide.Pipeline;

namespace BackGuide.Metadata;

/// <summary>
/// The schema.org JSON-LD of a page: <c>HowTo</c> with its <c>HowToStep</c>s for an exercise, <c>MedicalWebPage</c>
/// for guide, self-care and avoid pages. A HowTo's <c>image</c> is its first picture, and a step carries the picture that
/// names it (<c>images: step</c>). <c>dateModified</c> is the page's <c>updated</c> date; <c>reviewedBy</c> is
/// published only when a clinician's review is recorded (the page's or the site's <c>reviewedBy</c>). The text is safe
/// inside a script element.
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
            WriteHowTo(json, doc, exercise, settings);
        }
        else
        {
            WriteStart(json, "MedicalWebPage", doc);
            WriteUpdated(json, doc.Meta, settings);
        }
        if (settings.NormalizedBaseUrl is { Length: > 0 } baseUrl)
        {
            json.WriteString("url", RelativeUrl.Absolute(baseUrl, doc.OutputPath));
        }
        json.WriteString("inLanguage", settings.Language);
        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteHowTo(Utf8JsonWriter json, Document doc, ExerciseMeta meta, SiteSettings settings)
    {
        WriteStart(json, "HowTo", doc);
        if (meta.Images.Count > 0)
        {
            json.WriteString("image", ImageUrl(doc, meta.Images[0], settings));
        }
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
            if (meta.Images.FirstOrDefault(image => image.Step == i + 1) is { } picture)
            {
                json.WriteString("image", ImageUrl(doc, picture, settings));
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteUpdated(json, meta, settings);
    }

    /// <summary>A picture's address: absolute under the site's baseUrl, or else relative to the page, as the page links it.</summary>
    public static string ImageUrl(Document doc, ImageRef image, SiteSettings settings) =>
        settings.NormalizedBaseUrl is { Length: > 0 } baseUrl
            ? RelativeUrl.Absolute(baseUrl, image.OutputPath)
            : RelativeUrl.Between(doc.OutputPath, image.OutputPath);

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

    private static void WriteUpdated(Utf8JsonWriter json, PageMeta meta, SiteSettings settings)
    {
        if (meta.Updated is { } updated)
        {
            json.WriteString("dateModified", updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if ((meta.ReviewedBy ?? settings.ReviewedBy) is { } reviewer)
        {
            json.WriteStartObject("reviewedBy");
            json.WriteString("@type", "Person");
            json.WriteString("name", reviewer);
            json.WriteEndObject();
        }
    }
}
