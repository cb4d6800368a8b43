using System.Collections.Generic;
using AtlasGen.Simulator.Http;

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
        System.Linq.Enumerable.SelectMany(Models.AtlasClientServerRoutes.All, r => r.Parameters),
        p => p.Name == "groupId" && p.Pattern is not null).Pattern!);

    /// <summary>Generated enums keep unknown wire values (they round-trip); a server must refuse them.</summary>
    public static T Known<T>(T value, string attribute)
        where T : struct, IKnownValue
        => value.IsKnown ? value : throw SimulatorApiException.InvalidEnumValue(value.Value, attribute);

    public static T? Known<T>(T? value, string attribute)
        where T : struct, IKnownValue
        => value is { } v ? Known(v, attribute) : null;

    public static List<T> KnownList<T>(List<T>? values, string attribute, bool required)
        where T : struct, IKnownValue
    {
        if (values is null || values.Count == 0)
        {
            return required ? throw SimulatorApiException.MissingAttribute(attribute) : new List<T>();
        }

        foreach (var value in values)
        {
            Known(value, attribute);
        }

        return values;
    }
}
