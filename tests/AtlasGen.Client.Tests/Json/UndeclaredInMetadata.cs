using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// The spec's property names that a context's metadata doesn't declare, walking a spec sample alongside the metadata.
/// A round trip alone can't see these once models keep unknown properties as extension data: a misnamed property
/// would travel in the extension bag and come back whole.
/// </summary>
internal static class UndeclaredInMetadata
{
    public static IReadOnlyList<string> Find(JsonElement sample, JsonTypeInfo info, JsonSerializerContext context)
    {
        var missing = new List<string>();
        Walk(sample, info, context, "$", missing, depth: 0);
        return missing;
    }

    private static void Walk(JsonElement sample, JsonTypeInfo info, JsonSerializerContext context, string path, List<string> missing, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when sample.ValueKind == JsonValueKind.Object:
                var declared = info.Properties.Where(p => !p.IsExtensionData).ToDictionary(p => p.Name, p => p);
                foreach (var property in sample.EnumerateObject())
                {
                    if (!declared.TryGetValue(property.Name, out var metadata))
                    {
                        // Additional properties the spec allows (a typed map) live in the bag by design; a named one never does.
                        if (!info.Properties.Any(p => p.IsExtensionData) || property.Name != SpecSampleJson.AdditionalPropertyName)
                        {
                            missing.Add($"{path}.{property.Name}");
                        }

                        continue;
                    }

                    if (context.GetTypeInfo(metadata.PropertyType) is { } child)
                    {
                        Walk(property.Value, child, context, $"{path}.{property.Name}", missing, depth + 1);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when sample.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType:
                if (context.GetTypeInfo(elementType) is { } element)
                {
                    var index = 0;
                    foreach (var item in sample.EnumerateArray())
                    {
                        Walk(item, element, context, $"{path}[{index++}]", missing, depth + 1);
                    }
                }

                break;
            // Dictionaries, scalars and converter-backed unions: the round trip judges them.
        }
    }
}
