using System.Text.Json;
using System.Text.Json.Nodes;

namespace AtlasGen.Simulator.Engine.Rules;

/// <summary>The few reads and writes of stored JSON documents the rules share.</summary>
internal static class JsonFields
{
    /// <summary>A string property, or null when absent or not a string.</summary>
    public static string? String(this JsonObject body, string name)
        => body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>A boolean property; false when absent or not a boolean.</summary>
    public static bool IsTrue(this JsonObject body, string name)
        => body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>Sets what Atlas fills in when the request left it out.</summary>
    public static void SetIfAbsent(this JsonObject body, string name, JsonNode? value)
    {
        if (body[name] is null)
        {
            body[name] = value;
        }
    }
}
