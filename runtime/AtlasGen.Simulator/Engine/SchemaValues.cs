using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// Values that keep a property's rules, for what a schema requires and nothing supplied: a string is the first of a
/// fixed list of common shapes (names, ObjectIds, CIDRs, dates, addresses, URLs, UUIDs...) that fits the pattern and the
/// length bounds, else one written from the pattern (<see cref="PatternSample"/>), a number the lowest in its range, an enum its default or first value.
/// </summary>
internal static class SchemaValues
{
    private static readonly string[] s_candidates =
    {
        "sim", "0123456789abcdef01234567", "Sim", "sim-1", "sim_1", "10.0.0.0/24", "192.168.0.1", "2026-01-01", "2026-01-01T00:00:00Z",
        "sim@example.com", "https://example.com/sim", "us-east-1", "US_EAST_1", "AWS", "US", "1", "a1", "abcdefgh1", "true",
        "0c2d4c4e-1f1a-4b4c-9d9e-0123456789ab", "arn:aws:iam::123456789012:role/sim",
        "0123456789abcdef0123", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "CN=sim,DC=example,DC=com", "sim.example.com", "sim.mongodb.net",
    };

    /// <summary>An ObjectId, to check an identifier's rules allow the ones the engine assigns.</summary>
    public const string ObjectIdShape = "0123456789abcdef01234567";

    private static readonly ConcurrentDictionary<(string? Pattern, int? MinLength, int? MaxLength, string? Format), string?> s_strings = new();

    /// <summary>Whether the property names an identifier the server assigns (<c>id</c>, <c>…Id</c>).</summary>
    public static bool IsIdentifier(SchemaProperty property) => property.Name == "id" || property.Name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>A date-time as Atlas writes it: UTC, to the second.</summary>
    public static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Whether a string keeps the property's pattern and length bounds.</summary>
    public static bool Keeps(SchemaProperty property, string value)
        => Keeps(property.Pattern, property.MinLength, property.MaxLength, value) && Keeps(FormatPattern(property.Format), null, null, value);

    /// <summary>The shape of a string format validators check (as JSON Schema's format checkers read it); null for another format.</summary>
    public static string? FormatPattern(string? format) => format switch
    {
        "email" => @"^[^@\s]+@[^@\s]+\.[^@\s]+$",
        "uuid" => "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        "date" => @"^\d{4}-\d{2}-\d{2}$",
        "uri" => @"^[A-Za-z][A-Za-z0-9+.-]*:\S+$",
        _ => null,
    };

    /// <summary>A value of the property's kind within its rules; null for a kind without one (objects, arrays, any JSON) or a string no candidate fits.</summary>
    public static JsonNode? For(SchemaProperty property, DateTimeOffset now) => property.Kind switch
    {
        SchemaKind.String => String(property.Pattern, property.MinLength, property.MaxLength, property.Format) is { } text ? JsonValue.Create(text) : null,
        SchemaKind.DateTime => JsonValue.Create(Timestamp(now)),
        SchemaKind.Enum => property.Value is { } first ? JsonValue.Create(first) : null,
        SchemaKind.Boolean => JsonValue.Create(property.Value == "true"),
        SchemaKind.Integer => JsonValue.Create(Default(property) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (long)Math.Ceiling(Lowest(property))),
        SchemaKind.Number => JsonValue.Create(Default(property) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : Lowest(property)),
        _ => null,
    };

    /// <summary>
    /// The first candidate that keeps the rules and the format (padded to the minimum length), else a string written from
    /// the pattern that keeps the format too, or null.
    /// </summary>
    public static string? String(string? pattern, int? minLength, int? maxLength, string? format)
        => s_strings.GetOrAdd((pattern, minLength, maxLength, format), static key => s_candidates
            .Select(candidate => Pad(candidate, key.MinLength))
            .FirstOrDefault(candidate => Keeps(key.Pattern, key.MinLength, key.MaxLength, candidate) && Keeps(FormatPattern(key.Format), null, null, candidate))
            ?? (key.Pattern is { } pattern && PatternSample.For(pattern, key.MinLength, key.MaxLength) is { } sample && Keeps(FormatPattern(key.Format), null, null, sample) ? sample : null));

    private static string? Default(SchemaProperty property) => property.Value;

    /// <summary>Zero, or the range's lower end when zero is outside it.</summary>
    private static double Lowest(SchemaProperty property)
    {
        var value = Math.Max(0, property.Minimum ?? 0);
        return property.Maximum is { } maximum && value > maximum ? property.Minimum ?? maximum : value;
    }

    private static string Pad(string value, int? minLength)
        => minLength is { } min && value.Length < min ? value + new string('x', min - value.Length) : value;

    private static bool Keeps(string? pattern, int? minLength, int? maxLength, string value)
    {
        if ((minLength is { } min && value.Length < min) || (maxLength is { } max && value.Length > max))
        {
            return false;
        }

        try
        {
            return pattern is null || Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // The generator drops patterns .NET can't run, so this is a pattern that can't be checked here either.
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
