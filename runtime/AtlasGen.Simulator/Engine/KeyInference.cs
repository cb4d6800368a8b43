using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Which property of an item its item path's last parameter names: the parameter's own name (<c>{username}</c> ↔
/// <c>username</c>), else its stem (<c>{clusterName}</c> ↔ <c>name</c>, <c>{teamId}</c> ↔ <c>id</c>), else <c>id</c>.
/// </summary>
internal static class KeyInference
{
    public static IEnumerable<string> CandidatesFor(string? keyParameter)
    {
        if (keyParameter is not null)
        {
            yield return keyParameter;
            if (keyParameter.EndsWith("Name", StringComparison.Ordinal))
            {
                yield return "name";
            }
        }

        yield return "id";
    }

    /// <summary>The key a stored document carries, or null when it carries none of the candidates as a scalar.</summary>
    public static string? KeyOf(JsonObject item, string? keyParameter)
    {
        foreach (var name in CandidatesFor(keyParameter))
        {
            if (item[name] is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
            {
                return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            }
        }

        return null;
    }

    /// <summary>A composite key: the document's values of <paramref name="keyParameters"/> joined by <c>/</c>, or null when one is missing.</summary>
    public static string? KeyOf(JsonObject item, IReadOnlyList<string> keyParameters)
    {
        if (keyParameters.Count <= 1)
        {
            return KeyOf(item, keyParameters.Count == 0 ? null : keyParameters[0]);
        }

        var parts = keyParameters.Select(p => item[p] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null).ToList();
        return parts.Any(p => p is null) ? null : string.Join('/', parts);
    }

    /// <summary>The property of <paramref name="schema"/> a key is written to when the engine makes an item, or null.</summary>
    public static string? PropertyFor(SchemaObject? schema, string? keyParameter)
        => schema is null ? null : CandidatesFor(keyParameter).FirstOrDefault(name => schema.Properties.Any(p => p.Name == name && p.Kind is SchemaKind.String or SchemaKind.Enum));
}
