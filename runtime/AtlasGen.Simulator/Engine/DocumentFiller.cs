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
        (schema, var selector) = Variant(document, schema);
        if (schema is null || depth > MaxDepth)
        {
            return;
        }

        if (selector is { } discriminator && document[discriminator.Property] is null)
        {
            document[discriminator.Property] = discriminator.Value;
        }

        foreach (var property in schema.Properties)
        {
            var existing = document[property.Name];
            if (existing is not null && !Fits(existing, property.Kind))
            {
                // A value of another shape (an item stored by a newer version, answered by an older one) is the schema's own.
                document.Remove(property.Name);
                existing = null;
            }

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

    /// <summary>
    /// For a oneOf, the variant the document is (or becomes) and the discriminator value that selects it alone, which a
    /// document without one gets: a validator's oneOf demands exactly one variant match. The schema itself otherwise.
    /// </summary>
    private (SchemaObject? Schema, (string Property, string Value)? Selector) Variant(JsonObject document, SchemaObject? schema)
    {
        if (schema is null || schema.Variants.Count == 0)
        {
            return (schema, null);
        }

        var variants = schema.Variants.Select((number, index) => (Schema: _spec.Schema(number), Index: index)).Where(v => v.Schema is not null).ToList();
        var discriminator = schema.DiscriminatorProperty;
        (SchemaObject? Schema, (string, string)?) Chosen((SchemaObject? Schema, int Index) variant)
            => (variant.Schema, discriminator is not null && schema.VariantValue(variant.Index) is { } value ? (discriminator, value) : null);

        if (discriminator is not null && document[discriminator] is JsonValue named && named.TryGetValue<string>(out var given))
        {
            var byValue = variants.FirstOrDefault(v => schema.VariantValue(v.Index) == given);
            byValue = byValue.Schema is not null ? byValue : variants.FirstOrDefault(v => v.Schema!.Properties.Any(p => p.Name == discriminator && p.Value == given));
            if (byValue.Schema is not null)
            {
                return Chosen(byValue);
            }
        }

        // Without a discriminator: the variant that declares the most of what the document holds, preferring one a value
        // selects alone (the first on a tie).
        return Chosen(variants
            .OrderByDescending(v => document.Count(entry => v.Schema!.Properties.Any(p => p.Name == entry.Key)))
            .ThenByDescending(v => discriminator is not null && schema.VariantValue(v.Index) is not null)
            .FirstOrDefault());
    }

    /// <summary>Whether a value has the JSON shape of the property's kind (any scalar fits a scalar kind: rules are checked elsewhere).</summary>
    private static bool Fits(JsonNode value, SchemaKind kind) => kind switch
    {
        SchemaKind.Any => true,
        SchemaKind.Object or SchemaKind.Map => value is JsonObject,
        SchemaKind.Array => value is JsonArray,
        _ => value is JsonValue,
    };

    /// <summary>What the server sets on a property the document lacks; null when the server leaves it to the request.</summary>
    private static JsonNode? ServerValue(SchemaProperty property, FillContext context, int depth)
    {
        if (property.Name == "links" && property.Kind == SchemaKind.Array)
        {
            return depth == 0 && context.SelfLink is { } self ? new JsonArray(new JsonObject { ["href"] = self, ["rel"] = "self" }) : null;
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

        // Only a path value that keeps the property's rules: a path may name an item by what its schema writes otherwise.
        if (context.PathValues.TryGetValue(property.Name, out var pathValue) && property.Kind == SchemaKind.String && SchemaValues.Keeps(property, pathValue))
        {
            return JsonValue.Create(pathValue);
        }

        return property.Kind switch
        {
            SchemaKind.String when SchemaValues.IsIdentifier(property) => IdentifierValue(property, context),
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
            case SchemaKind.String when SchemaValues.IsIdentifier(property):
                return IdentifierValue(property, context);
            default:
                return SchemaValues.For(property, context.Now);
        }
    }

    /// <summary>A fresh ObjectId for an identifier whose rules allow one, else a value that keeps its rules.</summary>
    private static JsonNode? IdentifierValue(SchemaProperty property, FillContext context)
        => SchemaValues.Keeps(property, SchemaValues.ObjectIdShape) ? JsonValue.Create(context.NewId()) : SchemaValues.For(property, context.Now);
}

/// <summary>What the filler needs from the request: the path's values, the clock, fresh IDs and the document's own URL (null for a page's element, whose URL is not the request's).</summary>
internal sealed record FillContext(IReadOnlyDictionary<string, string> PathValues, DateTimeOffset Now, Func<string> NewId, string? SelfLink);
