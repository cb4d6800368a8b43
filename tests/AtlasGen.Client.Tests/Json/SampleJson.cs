using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Atlas;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// Builds a JSON document with a non-default value for every property a context's metadata lists, recursing into
/// nested models and lists. Values are spelled as the serializer writes them, so a round trip can be compared exactly.
/// </summary>
internal static class SampleJson
{
    public const string Date = "2024-01-02T03:04:05+00:00";

    /// <summary>A property no schema declares, put in every object sample.</summary>
    public const string UndeclaredProperty = "aPropertyNoSchemaDeclares";

    public static JsonNode For(Type type, JsonSerializerContext context, int depth = 0)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"Sample of {type} nests too deeply; is there a reference cycle?");
        }

        // Converter-backed polymorphic types: one realistic value each.
        if (type == typeof(IntegrationViewForNdsGroup))
        {
            return JsonNode.Parse("""{"apiKey":"sample-key","region":"US","type":"DATADOG"}""")!;
        }

        if (type == typeof(ApiLimitView))
        {
            return JsonNode.Parse("""{"currentUsage":3,"defaultLimit":25,"maximumLimit":100,"name":"atlas.project.deployment.clusters","value":25}""")!;
        }

        var info = context.GetTypeInfo(type) ?? throw new InvalidOperationException($"{context.GetType().Name} has no metadata for {type}.");
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                var obj = new JsonObject();
                foreach (var property in info.Properties)
                {
                    // Extension data is not a property on the wire: it stands for the properties the schema doesn't name.
                    if (property.IsExtensionData)
                    {
                        obj[UndeclaredProperty] = Leaf(typeof(JsonElement));
                        continue;
                    }

                    obj[property.Name] = For(property.PropertyType, context, depth + 1);
                }

                return obj;
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray(For(info.ElementType!, context, depth + 1));
            case JsonTypeInfoKind.Dictionary:
                return new JsonObject { ["sample-key"] = For(info.ElementType!, context, depth + 1) };
            default:
                return Leaf(Nullable.GetUnderlyingType(type) ?? type);
        }
    }

    private static JsonNode Leaf(Type type)
    {
        if (type == typeof(string)) return JsonValue.Create("sample-text");
        if (type == typeof(bool)) return JsonValue.Create(true);
        if (type == typeof(int) || type == typeof(long)) return JsonValue.Create(7);
        if (type == typeof(double) || type == typeof(float)) return JsonValue.Create(1.5);
        if (type == typeof(DateTimeOffset)) return JsonValue.Create(Date);
        if (type == typeof(JsonElement)) return JsonNode.Parse("""{"k":[1,"two"]}""")!;
        if (type.IsValueType) return JsonValue.Create("SAMPLE_VALUE_NOT_IN_SPEC"); // an extensible enum: unknown values must survive
        throw new NotSupportedException($"No sample for {type}.");
    }
}
