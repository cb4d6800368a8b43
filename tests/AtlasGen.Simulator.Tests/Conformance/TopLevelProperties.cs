using System.Text.Json;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>What the recording comparison compares of a body: its top-level property names.</summary>
internal static class TopLevelProperties
{
    /// <summary>
    /// The names of the body object's properties that have a value (a null and an absent property say the same), or
    /// of the first element of an array body.
    /// </summary>
    public static HashSet<string> Of(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > 0 ? document.RootElement[0] : document.RootElement;
        return root.ValueKind == JsonValueKind.Object
            ? root.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
    }
}
