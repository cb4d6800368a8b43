using System.Text.Json;
using System.Text.Json.Nodes;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// Applies a server's <c>400 MISSING_ATTRIBUTE</c> to the body the driver built: Atlas names the attribute it wants in
/// the error's <c>parameters</c> (an access-list entry needs one of <c>ipAddress</c>, <c>cidrBlock</c> or
/// <c>awsSecurityGroup</c>, which the spec marks optional), and the driver sets it to the value <see cref="BodyBuilder"/>
/// makes for that property (schema facts and the body's rules), in the body object or in each object of an array body.
/// </summary>
internal static class MissingAttributeFill
{
    private const string MissingAttribute = "MISSING_ATTRIBUTE";

    public static bool TryApply(JsonNode body, byte[] errorBody, OperationRoute route, ResponseVersion? version, SimulatorSpec spec, BodyBuilder bodies)
    {
        if (AttributeOf(errorBody) is not { } attribute
            || spec.Schema(version?.RequestSchema ?? -1)?.Properties.FirstOrDefault(p => p.Name == attribute && !p.ReadOnly) is not { } property
            || bodies.ValueOf(route, property) is not { } value)
        {
            return false;
        }

        var targets = new List<JsonObject>();
        if (body is JsonArray array)
        {
            targets.AddRange(array.OfType<JsonObject>());
        }
        else if (body is JsonObject item)
        {
            targets.Add(item);
        }

        var filled = false;
        foreach (var target in targets.Where(t => t[attribute] is null))
        {
            target[attribute] = value.DeepClone();
            filled = true;
        }

        return filled;
    }

    /// <summary>The attribute a MISSING_ATTRIBUTE error names, or null for any other answer.</summary>
    private static string? AttributeOf(byte[] errorBody)
    {
        try
        {
            return JsonNode.Parse(errorBody) is JsonObject error && error["errorCode"]?.GetValue<string>() == MissingAttribute
                && error["parameters"] is JsonArray { Count: > 0 } parameters && parameters[0] is JsonValue name && name.GetValueKind() == JsonValueKind.String
                ? name.GetValue<string>()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
