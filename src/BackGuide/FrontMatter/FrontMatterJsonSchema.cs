using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackGuide.FrontMatter;

/// <summary>
/// Writes <see cref="FrontMatterSchema"/> as a JSON Schema (draft-07, the newest draft VS Code's YAML extension
/// supports), so editors can validate and complete front matter with the same rules the build applies.
/// </summary>
public static class FrontMatterJsonSchema
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The schema as indented JSON text with a final newline; the same every time.</summary>
    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", Draft);
            json.WriteString("title", "BackGuide front matter");
            json.WriteString("description",
                "The YAML front matter of a BackGuide page. Pages in input/exercises/ are exercises, pages in input/self-care/ are self-care pages, any other page is a plain page.");
            json.WriteStartArray("anyOf");
            foreach (var name in new[] { "exercise", "self-care", "page" })
            {
                json.WriteStartObject();
                json.WriteString("$ref", "#/definitions/" + name);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("definitions");
            WriteObject(json, "exercise", "An exercise page (input/exercises/*.md).", FrontMatterSchema.Exercise, avoidable: true);
            WriteObject(json, "self-care", "A self-care page (input/self-care/*.md).", FrontMatterSchema.SelfCare, avoidable: false);
            WriteObject(json, "page", "A page of any other section, or the home page.", FrontMatterSchema.Page, avoidable: false);
            WriteObject(json, "site", "The site settings file, input/site.yml.", FrontMatterSchema.Site, avoidable: false);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteObject(Utf8JsonWriter json, string? name, string description, IReadOnlyList<FieldSpec> fields, bool avoidable)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }
        json.WriteString("type", "object");
        json.WriteString("description", description);
        json.WriteStartObject("properties");
        foreach (var field in fields)
        {
            json.WritePropertyName(field.Name);
            WriteField(json, field);
        }
        json.WriteEndObject();
        WriteNames(json, "required", fields.Where(f => f.Required || (f.RequiredUnlessAvoid && !avoidable)));
        json.WriteBoolean("additionalProperties", false);
        var unlessAvoid = fields.Where(f => f.RequiredUnlessAvoid).ToList();
        if (avoidable && unlessAvoid.Count > 0)
        {
            // A movement to avoid is not to be done, so it needs no dose, steps or cautions.
            json.WriteStartObject("if");
            json.WriteStartObject("not");
            WriteNames(json, "required", [new FieldSpec("avoid", FieldType.Mapping, "")]);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("then");
            WriteNames(json, "required", unlessAvoid);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IEnumerable<FieldSpec> fields)
    {
        var names = fields.Select(f => f.Name).ToList();
        if (names.Count == 0)
        {
            return;
        }
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }
        json.WriteEndArray();
    }

    private static void WriteField(Utf8JsonWriter json, FieldSpec field)
    {
        if (field.Type == FieldType.Mapping)
        {
            WriteObject(json, null, field.Description, field.Children ?? [], avoidable: false);
            return;
        }
        if (field.Type == FieldType.ImageList)
        {
            json.WriteStartObject();
            json.WriteString("description", field.Description);
            json.WriteString("type", "array");
            json.WritePropertyName("items");
            WriteObject(json, null, "A picture.", field.Children ?? [], avoidable: false);
            json.WriteEndObject();
            return;
        }
        json.WriteStartObject();
        json.WriteString("description", field.Description);
        switch (field.Type)
        {
            case FieldType.Text:
                WriteTypes(json, "string", "number");
                break;
            case FieldType.Choice:
                json.WriteString("type", "string");
                json.WriteStartArray("enum");
                foreach (var choice in field.Choices ?? [])
                {
                    json.WriteStringValue(choice);
                }
                json.WriteEndArray();
                break;
            case FieldType.WholeNumber:
                json.WriteString("type", "integer");
                break;
            case FieldType.Boolean:
                json.WriteString("type", "boolean");
                break;
            case FieldType.Date:
                json.WriteString("type", "string");
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
            case FieldType.TextList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteTypes(json, "string", "number");
                json.WriteEndObject();
                break;
            case FieldType.ReferenceList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteString("pattern", "^([a-z0-9]+(-[a-z0-9]+)*/)*[a-z0-9]+(-[a-z0-9]+)*(\\.md)?$");
                json.WriteEndObject();
                break;
            case FieldType.TextListList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteTypes(json, "string", "number");
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            case FieldType.TextMap:
                json.WriteString("type", "object");
                json.WriteStartObject("additionalProperties");
                WriteTypes(json, "string", "number");
                json.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"Unhandled field type {field.Type}.");
        }
        json.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter json, params string[] types)
    {
        json.WriteStartArray("type");
        foreach (var type in types)
        {
            json.WriteStringValue(type);
        }
        json.WriteEndArray();
    }
}
