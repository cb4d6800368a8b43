using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AtlasGen.Simulator.Validation;

/// <summary>The spec's patterns, from the generated route table, compiled once each, with a timeout so that no value can stall a request.</summary>
internal static class SpecRegex
{
    private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="value"/> matches; a match that times out counts as no match (the value is refused).</summary>
    public static bool IsMatch(string pattern, string value)
    {
        var regex = s_cache.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
