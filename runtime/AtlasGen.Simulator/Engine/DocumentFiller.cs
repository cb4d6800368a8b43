using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Makes a stored or answered document valid for its schema, from the schema facts. What the server sets: <c>id</c>
/// (and other readOnly <c>…Id</c> strings) a fresh ObjectId, readOnly timestamps now, readOnly enums their default or
/// first value, a readOnly property named like a path parameter (<c>groupId</c>, <c>clusterName</c>) that parameter's
/// value, <c>links</c> a self link. What the schema requires and the document lacks: a value of its kind that keeps the
/// property's rules (<see cref="SchemaValues"/>), nested objects and array items too. A oneOf is filled as one variant:
/// the one the document's discriminator names, else the one it fits best, else the first; a missing discriminator is
/// the variant's value. What the request set is kept.
/// </summary>
internal sealed class DocumentFiller
{
    private const int MaxDepth = 6;
    private readonly SimulatorSpec _spec;

    public DocumentFiller(SimulatorSpec spec) => _spec = spec;

    public void Fill(JsonObject document, int schema, FillContext context) => Fill(document, _spec.Schema(schema), context, 0);

    private void Fill(JsonObject document, SchemaObject? schema, FillContext context, int depth)
    {
        schema = Variant(document, schema);
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        foreach (var property in schema.Properties)
        {
            var existing = document[property.Name];
            if (existing is null)
            {
                if ((ServerValue(property, context, depth) ?? RequiredValue(property, context, depth)) is { } value)
                {
                    document[property.Name] = value;
                }
            }
            else if (existing is JsonObject nested && property.Kind != SchemaKind.Map)
            {
                Fill(nested, _spec.Schema(property.Schema), context, depth + 1);
            }
            else if (existing is JsonArray array && property.Kind == SchemaKind.Array)
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

    /// <summary>For a oneOf, the variant the document is (or becomes); the schema itself otherwise.</summary>
    private SchemaObject? Variant(JsonObject document, SchemaObject? schema)
    {
        if (schema is null || schema.Variants.Count == 0)
        {
            return schema;
        }

        var variants = schema.Variants.Select(_spec.Schema).OfType<SchemaObject>().ToList();
        if (schema.DiscriminatorProperty is { } discriminator && document[discriminator] is JsonValue named && named.TryGetValue<string>(out var value)
            && variants.FirstOrDefault(v => v.Properties.Any(p => p.Name == discriminator && p.Value == value)) is { } chosen)
        {
            return chosen;
        }

        // Without a discriminator: the variant that declares the most of what the document holds (the first on a tie).
        return variants.OrderByDescending(v => document.Count(entry => v.Properties.Any(p => p.Name == entry.Key))).FirstOrDefault();
    }

    /// <summary>What the server sets on a property the document lacks; null when the server leaves it to the request.</summary>
    private static JsonNode? ServerValue(SchemaProperty property, FillContext context, int depth)
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
            SchemaKind.String when SchemaValues.IsIdentifier(property) && SchemaValues.Keeps(property, SchemaValues.ObjectIdShape) => JsonValue.Create(context.NewId()),
            SchemaKind.String when SchemaValues.IsIdentifier(property) => SchemaValues.For(property, context.Now),
            SchemaKind.DateTime => JsonValue.Create(SchemaValues.Timestamp(context.Now)),
            SchemaKind.Enum when property.Value is { } first => JsonValue.Create(first),
            SchemaKind.Boolean => JsonValue.Create(property.Value == "true"),
            SchemaKind.Integer when property.Value is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            _ => null,
        };
    }

    /// <summary>A value for a required property the document lacks: of its kind and within its rules; null when none can be made.</summary>
    private JsonNode? RequiredValue(SchemaProperty property, FillContext context, int depth)
    {
        if (!property.Required)
        {
            return null;
        }

        switch (property.Kind)
        {
            case SchemaKind.Object or SchemaKind.Any when _spec.Schema(property.Schema) is { } nested:
                var document = new JsonObject();
                Fill(document, nested, context, depth + 1);
                return document;
            case SchemaKind.Array:
                return new JsonArray();
            case SchemaKind.Map:
                return new JsonObject();
            case SchemaKind.String when SchemaValues.IsIdentifier(property) && SchemaValues.Keeps(property, SchemaValues.ObjectIdShape):
                return JsonValue.Create(context.NewId());
            default:
                return SchemaValues.For(property, context.Now);
        }
    }
}

/// <summary>What the filler needs from the request: the path's values, the clock, fresh IDs and the document's own URL.</summary>
internal sealed record FillContext(IReadOnlyDictionary<string, string> PathValues, DateTimeOffset Now, Func<string> NewId, string SelfLink);
