using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Models;

namespace AtlasGen.Client.Tests.Json;

/// <summary>Which way a sample travels: a response (Atlas writes it, so no writeOnly property) or a request (no readOnly one).</summary>
public enum SampleDirection
{
    Response,
    Request,
}

/// <summary>
/// Builds a JSON document from a schema of the spec, never from the generated metadata, so a property the generator
/// dropped or misnamed shows up as lost: every property the spec declares for the direction, its value the spec's own
/// example where it gives one (for scalars), else its first enum value or a value of its type and format. A union takes
/// its first variant, with the discriminator set as the mapping names it; a reference cycle stops at its second visit.
/// </summary>
internal sealed class SpecSampleJson(OpenApiDocument spec)
{
    public const string DateTime = "2024-01-02T03:04:05Z";

    /// <summary>The key a sample gives the spec's additionalProperties.</summary>
    public const string AdditionalPropertyName = "sample-key";

    private readonly IDictionary<string, OpenApiSchema> _components = spec.Components?.Schemas ?? new Dictionary<string, OpenApiSchema>();

    public JsonNode? For(OpenApiSchema schema, SampleDirection direction) => Build(schema, direction, new HashSet<string>(StringComparer.Ordinal));

    private JsonNode? Build(OpenApiSchema schema, SampleDirection direction, HashSet<string> visiting)
    {
        var id = schema.Reference?.Id;
        if (id is not null && !visiting.Add(id))
        {
            return null; // a cycle: the property is left out rather than nested forever
        }

        try
        {
            return BuildUnvisited(schema, direction, visiting);
        }
        finally
        {
            if (id is not null)
            {
                visiting.Remove(id);
            }
        }
    }

    private JsonNode? BuildUnvisited(OpenApiSchema schema, SampleDirection direction, HashSet<string> visiting)
    {
        if ((schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf) is { Count: > 0 } variants)
        {
            return Variant(schema, variants[0], direction, visiting);
        }

        // A base whose discriminator maps to subtypes (that allOf the base): the first subtype, unless we came from it.
        if (schema.Discriminator is { PropertyName: { Length: > 0 } property, Mapping: { Count: > 0 } mapping } && schema.Reference?.Id is { } baseId
            && mapping.First().Value.Split('/').Last() is var subtypeId && subtypeId != baseId && !visiting.Contains(subtypeId)
            && _components.TryGetValue(subtypeId, out var subtype))
        {
            visiting.Remove(baseId);
            var sample = Build(subtype, direction, visiting);
            visiting.Add(baseId);
            if (sample is JsonObject subtypeObject && !Excluded(schema.Properties.TryGetValue(property, out var discriminatorSchema) ? discriminatorSchema : null, direction))
            {
                subtypeObject[property] = mapping.First().Key;
            }

            return sample;
        }

        if (schema.AllOf.Count > 0 || schema.Properties.Count > 0 || schema.Type == "object")
        {
            return ObjectSample(schema, direction, visiting);
        }

        if (schema.Type == "array")
        {
            return schema.Items is null ? new JsonArray() : new JsonArray(Build(schema.Items, direction, visiting));
        }

        return Scalar(schema);
    }

    private JsonNode? Variant(OpenApiSchema union, OpenApiSchema variant, SampleDirection direction, HashSet<string> visiting)
    {
        var sample = Build(variant, direction, visiting);
        if (union.Discriminator is { PropertyName: { Length: > 0 } property } discriminator && sample is JsonObject obj
            && !Excluded(variant.Properties.TryGetValue(property, out var discriminatorSchema) ? discriminatorSchema : null, direction))
        {
            // The mapping's key for this variant, else its schema name (the implicit mapping).
            var variantId = variant.Reference?.Id;
            var key = discriminator.Mapping?.FirstOrDefault(m => m.Value.Split('/').Last() == variantId).Key ?? variantId;
            if (key is not null)
            {
                obj[property] = key;
            }
        }

        return sample;
    }

    private JsonObject ObjectSample(OpenApiSchema schema, SampleDirection direction, HashSet<string> visiting)
    {
        var sample = new JsonObject();
        foreach (var part in schema.AllOf)
        {
            if (Build(part, direction, visiting) is JsonObject partSample)
            {
                foreach (var (name, value) in partSample.ToList())
                {
                    partSample.Remove(name);
                    sample[name] = value;
                }
            }
        }

        foreach (var (name, property) in schema.Properties)
        {
            if (Excluded(property, direction))
            {
                continue;
            }

            if (Build(property, direction, visiting) is { } value)
            {
                sample[name] = value;
            }
        }

        if (schema.AdditionalProperties is { } additional && Build(additional, direction, visiting) is { } extra)
        {
            sample[AdditionalPropertyName] = extra;
        }
        else if (schema.Properties.Count == 0 && schema.AllOf.Count == 0)
        {
            sample[AdditionalPropertyName] = "sample-text"; // a free-form object
        }

        return sample;
    }

    /// <summary>A property that doesn't travel this way: writeOnly in a response, readOnly in a request (a discriminator included).</summary>
    private static bool Excluded(OpenApiSchema? property, SampleDirection direction)
        => property is not null && (direction == SampleDirection.Response ? property.WriteOnly : property.ReadOnly);

    private static JsonNode? Scalar(OpenApiSchema schema)
    {
        if (schema.Enum.Count > 0)
        {
            return FromAny(schema.Enum[0]);
        }

        if (schema.Example is { } example && FromAny(example) is JsonValue value)
        {
            return value;
        }

        return (schema.Type, schema.Format) switch
        {
            ("string", "date-time") => DateTime,
            ("string", "date") => "2024-01-02",
            ("integer", _) => 7,
            ("number", _) => 1.5,
            ("boolean", _) => true,
            _ => "sample-text",
        };
    }

    private static JsonNode? FromAny(IOpenApiAny value) => value switch
    {
        OpenApiString text => text.Value,
        OpenApiInteger number => number.Value,
        OpenApiLong number => number.Value,
        OpenApiDouble number => number.Value,
        OpenApiFloat number => number.Value,
        OpenApiBoolean flag => flag.Value,
        OpenApiDateTime dateTime => dateTime.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        OpenApiDate date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OpenApiArray items => new JsonArray(items.Select(FromAny).ToArray()),
        OpenApiObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, FromAny(p.Value)))),
        _ => null,
    };
}
