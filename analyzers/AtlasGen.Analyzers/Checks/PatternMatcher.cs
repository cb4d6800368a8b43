using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AtlasGen.Analyzers.Checks;

/// <summary>
/// Evaluates spec patterns with .NET's Regex. A pattern .NET can't compile, or a match that times out,
/// gives no answer rather than a diagnostic: the analyzer must never guess or crash.
/// </summary>
internal static class PatternMatcher
{
    // Shared across compilations: the IDE makes a new compilation per edit, and a spec has only a few dozen patterns.
    private static readonly ConcurrentDictionary<string, Regex?> s_cache = new(StringComparer.Ordinal);
    private const int MaxCachedPatterns = 1024;
    private static readonly TimeSpan s_timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>True or false when the pattern could be evaluated; null when it could not.</summary>
    public static bool? IsMatch(string pattern, string input)
    {
        var regex = Get(pattern);
        if (regex is null)
        {
            return null;
        }

        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Regex? Get(string pattern)
    {
        if (s_cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        if (s_cache.Count >= MaxCachedPatterns)
        {
            s_cache.Clear();
        }

        return s_cache.GetOrAdd(pattern, Compile);
    }

    private static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, s_timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
