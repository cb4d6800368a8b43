using System.Collections.Generic;
using System.Text.RegularExpressions;
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

    public static void Length(string? value, int min, int max, string attribute)
    {
        if (value is not null && (value.Length < min || value.Length > max))
        {
            throw SimulatorApiException.InvalidAttribute(attribute);
        }
    }

    public static void Pattern(string? value, Regex pattern, string attribute)
    {
        if (value is not null && !pattern.IsMatch(value))
        {
            throw SimulatorApiException.InvalidAttribute(attribute);
        }
    }

    public static void ObjectId(string? value, string attribute) => Pattern(value, SpecPatterns.ObjectId(), attribute);

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
