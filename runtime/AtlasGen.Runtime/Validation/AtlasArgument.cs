using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AtlasGen.Runtime;

/// <summary>
/// Checks arguments against the spec's constraints before a request is sent. Generated code calls these;
/// each failure is an <see cref="ArgumentException"/> that names the parameter and the rule.
/// </summary>
public static class AtlasArgument
{
    /// <summary>How long one pattern match may run before it gives up (see <see cref="Pattern(string?, string, string)"/>).</summary>
    public static readonly TimeSpan PatternMatchTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>Throws when a non-null <paramref name="value"/> does not match <paramref name="pattern"/>.</summary>
    /// <remarks>
    /// A match that runs longer than <see cref="PatternMatchTimeout"/> (a pattern that backtracks badly on this value)
    /// gives no verdict: the value is not rejected, and the server, which owns the rule, decides. The client never
    /// blocks a call for longer than the timeout and never rejects a value it could not check.
    /// </remarks>
    public static void Pattern(string? value, string pattern, string parameterName)
    {
        if (value is not null && !Matches(value, pattern))
        {
            throw new ArgumentException($"'{value}' does not match the pattern {pattern}.", parameterName);
        }
    }

    /// <summary>
    /// Throws when a non-null <paramref name="value"/> does not match <paramref name="pattern"/>, a pattern of one character
    /// class repeated <paramref name="minCount"/> to <paramref name="maxCount"/> times, checked against
    /// <paramref name="allowed"/> without Regex.
    /// </summary>
    public static void Pattern(string? value, string pattern, AtlasCharacterSet allowed, int minCount, int maxCount, string parameterName)
    {
        if (value is not null && !allowed.Matches(value, minCount, maxCount))
        {
            throw new ArgumentException($"'{value}' does not match the pattern {pattern}.", parameterName);
        }
    }

    /// <summary>True when <paramref name="value"/> matches, or when the match timed out (no verdict).</summary>
    private static bool Matches(string value, string pattern)
    {
        try
        {
            return RegexCache.Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, PatternMatchTimeout)).IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    /// <summary>Throws when a non-null <paramref name="value"/> is shorter than <paramref name="minLength"/> or longer than <paramref name="maxLength"/> (-1: no bound).</summary>
    public static void Length(string? value, int minLength, int maxLength, string parameterName)
    {
        if (value is null)
        {
            return;
        }

        if (minLength >= 0 && value.Length < minLength)
        {
            throw new ArgumentException($"The value has {value.Length} characters; the minimum length is {minLength}.", parameterName);
        }

        if (maxLength >= 0 && value.Length > maxLength)
        {
            throw new ArgumentException($"The value has {value.Length} characters; the maximum length is {maxLength}.", parameterName);
        }
    }

    /// <summary>Throws when a non-null <paramref name="value"/> is outside the bounds (NaN: no bound).</summary>
    public static void Range(double? value, double minimum, double maximum, bool exclusiveMinimum, bool exclusiveMaximum, string parameterName)
    {
        if (value is not { } v)
        {
            return;
        }

        var tooLow = !double.IsNaN(minimum) && (exclusiveMinimum ? v <= minimum : v < minimum);
        var tooHigh = !double.IsNaN(maximum) && (exclusiveMaximum ? v >= maximum : v > maximum);
        if (tooLow || tooHigh)
        {
            throw new ArgumentOutOfRangeException(parameterName, value,
                $"The value must be {Describe(minimum, maximum, exclusiveMinimum, exclusiveMaximum)}.");
        }
    }

    /// <summary>Throws when a non-null number is not one of an integer enum's values.</summary>
    public static void OneOf(double? value, double[] allowed, string parameterName)
    {
        if (value is { } v && Array.IndexOf(allowed, v) < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, value,
                "The value must be one of " + string.Join(", ", Array.ConvertAll(allowed, a => a.ToString(CultureInfo.InvariantCulture))) + ".");
        }
    }

    /// <summary>Throws when a required reference is null.</summary>
    public static void NotNull(object? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    /// <summary>Throws when an enum argument is <c>default</c>: its empty value would address another resource in a path.</summary>
    public static void NotEmpty(string value, string parameterName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value is empty; pass one of the enum's values.", parameterName);
        }
    }

    /// <summary>Validates a model, or each model in a list or dictionary, with its path in the message.</summary>
    public static void Nested(object? value, string path)
    {
        switch (value)
        {
            case null:
                return;
            case IAtlasValidatable model:
                model.Validate(path);
                return;
            case System.Collections.IDictionary map:
                foreach (System.Collections.DictionaryEntry entry in map)
                {
                    Nested(entry.Value, $"{path}[{entry.Key}]");
                }

                return;
            case System.Collections.IEnumerable items and not string:
                var index = 0;
                foreach (var item in items)
                {
                    Nested(item, $"{path}[{index++}]");
                }

                return;
        }
    }

    private static string Describe(double minimum, double maximum, bool exclusiveMinimum, bool exclusiveMaximum)
    {
        static string F(double d) => d.ToString(CultureInfo.InvariantCulture);
        var lower = double.IsNaN(minimum) ? null : (exclusiveMinimum ? "> " : ">= ") + F(minimum);
        var upper = double.IsNaN(maximum) ? null : (exclusiveMaximum ? "< " : "<= ") + F(maximum);
        return lower is not null && upper is not null ? lower + " and " + upper : lower ?? upper ?? "any number";
    }

    /// <summary>The compiled patterns, in a class of their own: an app that checks no Regex pattern never initialises it, so NativeAOT drops it.</summary>
    private static class RegexCache
    {
        public static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);
    }
}
