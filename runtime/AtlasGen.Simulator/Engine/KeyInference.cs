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
    public static string? KeyOf(JsonObject item, string? keyParameter) => KeyFieldOf(item, keyParameter)?.Value;

    /// <summary>The property a stored document's key is read from (<c>name</c> for <c>{clusterName}</c>) and its value, or null.</summary>
    public static (string Property, string Value)? KeyFieldOf(JsonObject item, string? keyParameter)
    {
        foreach (var name in CandidatesFor(keyParameter))
        {
            if (item[name] is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number)
            {
                return (name, value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
            }
        }

        return null;
    }

    /// <summary>
    /// The key the engine stores a created item under: the rule's when a rule keys the collection (an access-list entry
    /// by its CIDR block), else the inferred one (<see cref="KeyOf(JsonObject, IReadOnlyList{string})"/>); null when the
    /// item carries none, and the engine assigns an id.
    /// </summary>
    public static string? KeyOf(JsonObject item, ResourceRule? rule, IReadOnlyList<string> keyParameters)
        => rule?.KeyOf(item) ?? KeyOf(item, keyParameters);

    /// <summary>
    /// The path values that address a stored item, by key parameter (<c>databaseName</c> and <c>username</c> for a
    /// composite key), read as the engine keys it; empty when the item carries no key.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PathValuesOf(JsonObject item, ResourceRule? rule, IReadOnlyList<string> keyParameters)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keyParameters.Count > 1)
        {
            foreach (var parameter in keyParameters)
            {
                if (item[parameter] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                {
                    values[parameter] = value.GetValue<string>();
                }
            }

            return values.Count == keyParameters.Count ? values : new Dictionary<string, string>(StringComparer.Ordinal);
        }

        if (keyParameters.Count == 1 && KeyOf(item, rule, keyParameters) is { } key)
        {
            values[keyParameters[0]] = key;
        }

        return values;
    }

    /// <summary>
    /// The properties of a stored item that hold its key (<c>name</c> of a cluster; <c>databaseName</c> and
    /// <c>username</c> of a database user) with their values: what an update must not change.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KeyFieldsOf(JsonObject item, IReadOnlyList<string> keyParameters)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in keyParameters)
        {
            // A composite key's parts are the item's fields of the parameters' own names.
            if (KeyFieldOf(item, parameter) is var (property, value) && (keyParameters.Count == 1 || property == parameter))
            {
                fields[property] = value;
            }
        }

        return fields;
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
