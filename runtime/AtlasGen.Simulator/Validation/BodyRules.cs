using System.Text.Json;

using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Validation;

/// <summary>
/// The spec's rules for the properties of a request body (from the generated route table), as Atlas applies them: a
/// property the operation doesn't know, or a readOnly one, is INVALID_ATTRIBUTE naming it (Atlas rejects rather than
/// ignores); a string breaking its pattern or length is INVALID_ATTRIBUTE; a value outside an enum INVALID_ENUM_VALUE.
/// Checks the body object, or each object of an array body.
/// </summary>
internal static class BodyRules
{
    public static void Check(OperationRoute route, JsonElement body)
    {
        if (route.BodyProperties.Count == 0)
        {
            return;
        }

        if (body.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in body.EnumerateArray())
            {
                CheckObject(route, item);
            }
        }
        else
        {
            CheckObject(route, body);
        }
    }

    private static void CheckObject(OperationRoute route, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in body.EnumerateObject())
        {
            var property = route.BodyProperties.FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.Ordinal));
            if (property is null || property.ReadOnly)
            {
                throw SimulatorApiException.InvalidAttribute(member.Name);
            }

            CheckValue(property, member.Value);
        }
    }

    private static void CheckValue(BodyProperty property, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                CheckValue(property, item);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var text = value.GetString()!;
        if (property.KnownValues.Count > 0 && !property.KnownValues.Contains(text, StringComparer.Ordinal))
        {
            throw SimulatorApiException.InvalidEnumValue(text, property.Name);
        }

        if ((property.MinLength is { } min && text.Length < min)
            || (property.MaxLength is { } max && text.Length > max)
            || (property.Pattern is { } pattern && !SpecRegex.IsMatch(pattern, text)))
        {
            throw SimulatorApiException.InvalidAttribute(property.Name);
        }
    }
}
