using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Validation;

/// <summary>Spec constraints on request values; each failure throws the Atlas 400 a real server sends.</summary>
internal static class Check
{
    public static string Required(string? value, string attribute)
        => string.IsNullOrEmpty(value) ? throw SimulatorApiException.MissingAttribute(attribute) : value;

    public static T Required<T>(T? value, string attribute)
        where T : class
        => value ?? throw SimulatorApiException.MissingAttribute(attribute);

    /// <summary>Every Atlas ID follows the spec's groupId pattern; IDs nested in bodies are checked against it.</summary>
    public static void ObjectId(string? value, string attribute)
    {
        if (value is not null && !SpecRegex.IsMatch(s_objectIdPattern.Value, value))
        {
            throw SimulatorApiException.InvalidAttribute(attribute);
        }
    }

    private static readonly System.Lazy<string> s_objectIdPattern = new(() => System.Linq.Enumerable.First(
        System.Linq.Enumerable.SelectMany(Models.AtlasClientSimulatorSpec.Instance.Operations, r => r.Parameters),
        p => p.Name == "groupId" && p.Pattern is not null).Pattern!);

    /// <summary>
    /// A role list: at least one role, each of the scope the operation grants (ORG_ for an organization, GROUP_ for a
    /// project). Today's spec types project roles as free strings, so the scope is Atlas's rule, checked here.
    /// </summary>
    public static List<string> Roles(IReadOnlyList<string>? roles, string attribute, string scopePrefix)
    {
        if (roles is null || roles.Count == 0)
        {
            throw SimulatorApiException.MissingAttribute(attribute);
        }

        foreach (var role in roles)
        {
            if (string.IsNullOrEmpty(role) || !role.StartsWith(scopePrefix, System.StringComparison.Ordinal))
            {
                throw SimulatorApiException.InvalidEnumValue(role ?? "", attribute);
            }
        }

        return System.Linq.Enumerable.ToList(System.Linq.Enumerable.Distinct(roles));
    }

}
