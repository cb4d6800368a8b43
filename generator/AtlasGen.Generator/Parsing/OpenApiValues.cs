using System.Globalization;
using Microsoft.OpenApi.Any;
using Microsoft.OpenApi.Interfaces;

namespace AtlasGen.Generator.Parsing;

/// <summary>Reads OpenAPI literal values (defaults, enum values, extensions) as plain strings.</summary>
internal static class OpenApiValues
{
    /// <summary>
    /// The value as text: strings as-is, numbers and booleans invariantly, and dates as yyyy-MM-dd so that an
    /// unquoted YAML date (<c>x-sunset: 2027-07-01</c>) reads back as the string it was written as.
    /// </summary>
    public static string? AsText(IOpenApiAny? value) => value switch
    {
        OpenApiString s => s.Value,
        OpenApiBoolean b => b.Value ? "true" : "false",
        OpenApiInteger i => i.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiLong l => l.Value.ToString(CultureInfo.InvariantCulture),
        OpenApiDouble d => d.Value.ToString("R", CultureInfo.InvariantCulture),
        OpenApiFloat f => f.Value.ToString("R", CultureInfo.InvariantCulture),
        OpenApiDate date => date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OpenApiDateTime dateTime => dateTime.Value.TimeOfDay == TimeSpan.Zero && dateTime.Value.Offset == TimeSpan.Zero
            ? dateTime.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dateTime.Value.ToString("O", CultureInfo.InvariantCulture),
        OpenApiByte bytes => Convert.ToBase64String(bytes.Value),
        _ => null,
    };

    /// <summary>An extension's value as text, or null when absent.</summary>
    public static string? Extension(IDictionary<string, IOpenApiExtension>? extensions, string name)
        => extensions is not null && extensions.TryGetValue(name, out var value) ? AsText(value as IOpenApiAny) : null;
}
