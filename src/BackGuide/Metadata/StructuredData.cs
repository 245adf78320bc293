using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>The JSON-LD for <paramref name="doc"/>, or null when the page has none.</summary>
    public static string? For(Document doc, SiteSettings settings)
    {
        if (doc.Meta is null || !doc.IsAuthoredPage || doc.Kind is PageKind.Home or PageKind.SectionIndex)
        {
            return null;
        }
        var node = doc.Meta is ExerciseMeta { Avoid: null } exercise ? HowTo(doc, exercise) : MedicalWebPage(doc);
        var url = settings.NormalizedBaseUrl is { Length: > 0 } baseUrl ? baseUrl + doc.OutputPath : null;
        if (url is not null)
        {
            node["url"] = url;
        }
        node["inLanguage"] = settings.Language;
        return node.ToJsonString(Options);
    }

    private static JsonObject HowTo(Document doc, ExerciseMeta meta)
    {
        var node = Start("HowTo", doc);
        if (meta.Equipment.Count > 0)
        {
            node["tool"] = new JsonArray(meta.Equipment.Select(e => (JsonNode)new JsonObject { ["@type"] = "HowToTool", ["name"] = e }).ToArray());
        }
        node["step"] = new JsonArray(meta.Steps.Select((text, i) => (JsonNode)new JsonObject
        {
            ["@type"] = "HowToStep",
            ["position"] = i + 1,
            ["text"] = text,
        }).ToArray());
        AddReviewed(node, meta, "dateModified");
        return node;
    }

    private static JsonObject MedicalWebPage(Document doc)
    {
        var node = Start("MedicalWebPage", doc);
        AddReviewed(node, doc.Meta!, "lastReviewed");
        return node;
    }

    private static JsonObject Start(string type, Document doc)
    {
        var node = new JsonObject { ["@context"] = "https://schema.org", ["@type"] = type, ["name"] = doc.Title };
        if (doc.Meta?.Summary is { Length: > 0 } summary)
        {
            node["description"] = summary;
        }
        return node;
    }

    private static void AddReviewed(JsonObject node, PageMeta meta, string property)
    {
        if (meta.Reviewed is { } reviewed)
        {
            node[property] = reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
    }
}
