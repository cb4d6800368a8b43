using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using AtlasGen.Simulator.Engine;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// Values that satisfy a parameter's or property's rules: a known value when the spec lists some, else the first
/// candidate of a fixed list of common shapes that matches the pattern and the length bounds, else a string written
/// from the pattern (the engine's <see cref="PatternSample"/>). Each call numbers its names, so two creates never collide.
/// </summary>
internal static class SampleValues
{
    private static int s_counter;

    public static string String(string? pattern, int? minLength, int? maxLength, IReadOnlyList<string> knownValues)
        => TryString(pattern, minLength, maxLength, knownValues) ?? Pad("sim" + Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture), minLength);

    /// <summary>A value that satisfies the rules, or null when no candidate does.</summary>
    public static string? TryString(string? pattern, int? minLength, int? maxLength, IReadOnlyList<string> knownValues)
    {
        if (knownValues.Count > 0)
        {
            return knownValues[0];
        }

        var n = Interlocked.Increment(ref s_counter).ToString(CultureInfo.InvariantCulture);
        var candidates = new[]
        {
            "sim" + n, "Sim" + n, "sim-" + n, "0123456789abcdef" + (10000000 + int.Parse(n, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
            "10.0." + (int.Parse(n, CultureInfo.InvariantCulture) % 250) + ".0/24", "192.168.0." + (int.Parse(n, CultureInfo.InvariantCulture) % 250 + 1),
            "us-east-1", "US_EAST_1", "AWS", "2026-01-01", "2026-01-01T00:00:00Z", "sim" + n + "@example.com", "https://example.com/sim" + n,
            "arn:aws:iam::123456789012:role/sim" + n, "abcdefgh" + n, "a" + n, n, "1", "true", "sim_" + n,
            "US", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "0c2d4c4e-1f1a-4b4c-9d9e-0123456789ab",
            "0123456789abcdef0123", "CN=sim,DC=example,DC=com", "sim.example.com",
        };
        foreach (var candidate in candidates)
        {
            var value = Pad(candidate, minLength);
            if ((maxLength is null || value.Length <= maxLength) && (pattern is null || Matches(pattern, value)))
            {
                return value;
            }
        }

        return pattern is null ? null : PatternSample.For(pattern, minLength, maxLength);
    }

    /// <summary>Whether a value satisfies a parameter's pattern and length bounds.</summary>
    public static bool Satisfies(string value, string? pattern, int? minLength, int? maxLength)
        => (minLength is null || value.Length >= minLength) && (maxLength is null || value.Length <= maxLength) && (pattern is null || Matches(pattern, value));

    private static string Pad(string value, int? minLength)
        => minLength is { } min && value.Length < min ? value + new string('x', min - value.Length) : value;

    public static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // A pattern .NET can't parse constrains nothing the driver can satisfy on purpose.
            return true;
        }
    }

    public static double Number(double? minimum, double? maximum)
        => minimum is { } min ? Math.Max(min, Math.Min(1, maximum ?? 1)) : Math.Min(1, maximum ?? 1);
}
