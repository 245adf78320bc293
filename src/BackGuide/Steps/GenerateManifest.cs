using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackGuide.Pipeline;

namespace BackGuide.Steps;

/// <summary>
/// Writes <c>manifest.webmanifest</c>, the web app manifest that lets a phone keep the guide on its home screen: the
/// site's title, its start page and the theme's icon, every address relative to the manifest so any sub-path works.
/// </summary>
public sealed class GenerateManifest : IStep
{
    public const string OutputPath = "manifest.webmanifest";
    public const string IconPath = "assets/favicon.svg";

    public ImmutableArray<Document> Execute(ImmutableArray<Document> documents, BuildContext context)
    {
        var settings = context.Settings;
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps titles readable ("+", accents); the manifest is a file of its own, never inside HTML.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", settings.Title);
            json.WriteString("short_name", settings.Title);
            if (settings.Description.Length > 0)
            {
                json.WriteString("description", settings.Description);
            }
            json.WriteString("lang", settings.Language);
            json.WriteString("start_url", "index.html");
            json.WriteString("scope", "./");
            json.WriteString("display", "standalone");
            json.WriteString("background_color", "#fbfaf7");
            json.WriteString("theme_color", "#0b5c6b");
            json.WriteStartArray("icons");
            json.WriteStartObject();
            json.WriteString("src", IconPath);
            json.WriteString("sizes", "any");
            json.WriteString("type", "image/svg+xml");
            json.WriteString("purpose", "any");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return documents.Add(new Document { OutputPath = OutputPath, Output = buffer.ToArray() });
    }
}
