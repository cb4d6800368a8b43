using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;

namespace AtlasGen.Generator.Parsing;

/// <summary>Reads a schema's validation keywords; a pattern .NET cannot run is reported and dropped.</summary>
internal static class ConstraintReader
{
    public static Constraints Read(OpenApiSchema? schema, DiagnosticSink diagnostics, string pointer)
    {
        if (schema is null)
        {
            return Constraints.None;
        }

        var pattern = AcceptLiteralSlash(schema.Pattern);
        if (!string.IsNullOrEmpty(pattern))
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidPattern, pointer + "/pattern", pattern!, pointer, ex.Message);
                pattern = null;
            }
        }
        else
        {
            pattern = null;
        }

        var constraints = new Constraints(
            pattern,
            schema.MinLength,
            schema.MaxLength,
            schema.Minimum is { } min ? (double)min : null,
            schema.Maximum is { } max ? (double)max : null,
            schema.ExclusiveMinimum == true,
            schema.ExclusiveMaximum == true,
            schema.Type is "integer" or "number" && schema.Enum is { Count: > 0 }
                ? schema.Enum.Select(OpenApiValues.AsText).Where(IsNumber).Select(v => v!).ToEquatableArray()
                : EquatableArray<string>.Empty,
            StringFormat(schema));
        return constraints.IsEmpty && constraints.Format is null ? Constraints.None : constraints;
    }

    /// <summary>
    /// A string's format that its C# type does not already say (date-time is a DateTimeOffset; password and binary check
    /// nothing); for a list of strings, its items' (a team's usernames are emails).
    /// </summary>
    private static string? StringFormat(OpenApiSchema schema)
        => schema.Type == "array" && schema.Items is { } items ? StringFormat(items)
            : schema.Type == "string" && schema.Format is "email" or "uuid" or "date" or "uri" ? schema.Format : null;

    private static bool IsNumber(string? text)
        => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value);

    /// <summary>
    /// Atlas writes some path patterns for the value as it appears escaped on the wire (a CIDR's "/" as %2F).
    /// Callers pass the plain value and the client escapes it, so the pattern also accepts a literal "/".
    /// </summary>
    private static string? AcceptLiteralSlash(string? pattern)
        => pattern is null ? null : pattern.Replace("%2[fF]", "(?:%2[fF]|/)").Replace("%2F", "(?:%2F|/)");
}
