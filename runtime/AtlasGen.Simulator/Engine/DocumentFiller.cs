using System.Globalization;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Fills what the server sets in a stored document, from the schema facts: <c>id</c> a fresh ObjectId, readOnly
/// timestamps now, readOnly enums their default or first value, a readOnly property named like a path parameter
/// (<c>groupId</c>, <c>clusterName</c>) that parameter's value, a missing discriminator its variant's value, and
/// <c>links</c> a self link. Nested objects the
/// document holds are filled the same way. What the request set is kept.
/// </summary>
internal sealed class DocumentFiller
{
    private const int MaxDepth = 6;
    private readonly SimulatorSpec _spec;

    public DocumentFiller(SimulatorSpec spec) => _spec = spec;

    public void Fill(JsonObject document, int schema, FillContext context) => Fill(document, _spec.Schema(schema), context, 0);

    private void Fill(JsonObject document, SchemaObject? schema, FillContext context, int depth)
    {
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        foreach (var property in schema.Properties)
        {
            var existing = document[property.Name];
            if (existing is null && ValueFor(property, context, depth) is { } value)
            {
                document[property.Name] = value;
            }
            else if (existing is JsonObject nested && property.Kind == SchemaKind.Object)
            {
                Fill(nested, _spec.Schema(property.Schema), context, depth + 1);
            }
            else if (existing is JsonArray array && property.ElementKind == SchemaKind.Object)
            {
                foreach (var element in array)
                {
                    if (element is JsonObject item)
                    {
                        Fill(item, _spec.Schema(property.Schema), context, depth + 1);
                    }
                }
            }
        }
    }

    private static JsonNode? ValueFor(SchemaProperty property, FillContext context, int depth)
    {
        if (property.Name == "links" && property.Kind == SchemaKind.Array)
        {
            return depth == 0 ? new JsonArray(new JsonObject { ["href"] = context.SelfLink, ["rel"] = "self" }) : null;
        }

        // A variant's discriminator is what a reader picks the type by, so a document without one gets its schema's.
        if (property.Discriminator && property.Value is { } variant)
        {
            return JsonValue.Create(variant);
        }

        if (!property.ReadOnly)
        {
            return null;
        }

        if (context.PathValues.TryGetValue(property.Name, out var pathValue) && property.Kind == SchemaKind.String)
        {
            return JsonValue.Create(pathValue);
        }

        return property.Kind switch
        {
            SchemaKind.String when property.Name == "id" || property.Name.EndsWith("Id", StringComparison.Ordinal) => JsonValue.Create(context.NewId()),
            SchemaKind.DateTime => JsonValue.Create(context.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            SchemaKind.Enum when property.Value is { } first => JsonValue.Create(first),
            SchemaKind.Boolean => JsonValue.Create(property.Value == "true"),
            SchemaKind.Integer when property.Value is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => null,
        };
    }
}

/// <summary>What the filler needs from the request: the path's values, the clock, fresh IDs and the document's own URL.</summary>
internal sealed record FillContext(IReadOnlyDictionary<string, string> PathValues, DateTimeOffset Now, Func<string> NewId, string SelfLink);
