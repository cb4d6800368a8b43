using System.Text.Json;

namespace AtlasGen.Runtime;

/// <summary>Parses an ApiError body with <see cref="JsonDocument"/>, so that no reflection or generated metadata is needed.</summary>
public static class AtlasApiErrorParser
{
    /// <summary>Returns the parsed error, or null when the body is empty, not JSON, or not an object.</summary>
    public static AtlasApiError? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new AtlasApiError(
                root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Number && error.TryGetInt32(out var status) ? status : null,
                GetString(root, "errorCode"),
                GetString(root, "detail"),
                GetString(root, "reason"),
                GetParameters(root));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? GetString(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> GetParameters(JsonElement root)
    {
        var result = new List<string>();
        if (root.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in parameters.EnumerateArray())
            {
                result.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
            }
        }

        return result;
    }
}
