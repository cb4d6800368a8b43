using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Validation;

/// <summary>
/// The spec's rules (from the generated route table) for path and query parameters, checked before any handler runs:
/// known values are INVALID_ENUM_VALUE, patterns, lengths, ranges and types INVALID_ATTRIBUTE, and a bad
/// <c>groupId</c>/<c>orgId</c> has the codes Atlas gives it.
/// </summary>
internal static class PathParameterRules
{
    public static void Check(OperationRoute route, IReadOnlyDictionary<string, string> pathValues, Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        foreach (var parameter in route.Parameters)
        {
            if (parameter.In == "path")
            {
                if (pathValues.TryGetValue(parameter.Name, out var value))
                {
                    CheckValue(parameter, value);
                }
            }
            else if (query.TryGetValue(parameter.Name, out var values))
            {
                foreach (var value in values)
                {
                    CheckValue(parameter, value ?? "");
                }
            }
        }
    }

    private static void CheckValue(RouteParameter parameter, string value)
    {
        if (parameter.KnownValues.Count > 0 && parameter.Type == "string")
        {
            if (!parameter.KnownValues.Contains(value, StringComparer.Ordinal))
            {
                throw SimulatorApiException.InvalidEnumValue(value, parameter.Name);
            }

            return;
        }

        var valid = parameter.Type switch
        {
            "boolean" => value is "true" or "false",
            "integer" => long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && InRange(parameter, n),
            "number" => double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && InRange(parameter, d),
            _ => (parameter.MinLength is null || value.Length >= parameter.MinLength)
                && (parameter.MaxLength is null || value.Length <= parameter.MaxLength)
                && (parameter.Pattern is null || MatchesEitherForm(parameter.Pattern, value)),
        };
        if (valid)
        {
            return;
        }

        throw parameter.Name switch
        {
            "groupId" => new SimulatorApiException(400, AtlasErrorCodes.InvalidGroupId, $"An invalid group ID {value} was specified.", value),
            "orgId" => new SimulatorApiException(400, AtlasErrorCodes.InvalidOrgId, $"An invalid organization ID {value} was specified.", value),
            _ => SimulatorApiException.InvalidAttribute(parameter.Name),
        };
    }

    private static bool InRange(RouteParameter parameter, double value)
        => (parameter.Minimum is null || value >= parameter.Minimum) && (parameter.Maximum is null || value <= parameter.Maximum);

    /// <summary>
    /// Some patterns spell a CIDR's '/' as %2F (the ipAddress path parameter). A client that sends %2F arrives here
    /// decoded ("/"), one that escapes the spec form again (%252F) arrives as "%2F": both are the same value.
    /// </summary>
    private static bool MatchesEitherForm(string pattern, string value)
        => SpecRegex.IsMatch(pattern, value) || SpecRegex.IsMatch(pattern, AsSpecForm(value));

    public static string AsSpecForm(string value) => value.Replace("/", "%2F", StringComparison.Ordinal);

    /// <summary>An access-list entry as stored: the CIDR with a real '/'.</summary>
    public static string AsEntry(string ipAddress)
        => ipAddress.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
