using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// Picks the versioned media type (<c>application/vnd.atlas.YYYY-MM-DD+json</c>) a response uses from the Accept header.
/// </summary>
internal static class MediaTypeNegotiator
{
    private const string VersionedPrefix = "application/vnd.atlas.";

    /// <summary>
    /// Returns the operation's media type the client accepts, or null (406). No Accept, or a wildcard, gets the
    /// operation's newest version. Plain <c>application/json</c> is refused, as Atlas v2 refuses it: a v2 caller must name a version.
    /// </summary>
    public static string? Select(IReadOnlyList<string> offered, StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Newest(offered);
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return null;
        }

        string? wildcard = null;
        var bestQuality = -1.0;
        string? best = null;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = range.MediaType.Value ?? "";
            if (type is "*/*" or "application/*")
            {
                wildcard = Newest(offered);
                continue;
            }

            foreach (var candidate in offered)
            {
                if (string.Equals(candidate, type, StringComparison.OrdinalIgnoreCase) && quality > bestQuality)
                {
                    best = candidate;
                    bestQuality = quality;
                }
            }
        }

        return best ?? wildcard;
    }

    /// <summary>True when the media type names an Atlas version, e.g. for the 406 detail.</summary>
    public static bool IsVersioned(string mediaType) => mediaType.StartsWith(VersionedPrefix, StringComparison.OrdinalIgnoreCase);

    private static string Newest(IReadOnlyList<string> offered)
    {
        // Versions are ISO dates, so ordinal order is date order.
        var newest = offered[0];
        foreach (var candidate in offered)
        {
            if (string.CompareOrdinal(candidate, newest) > 0)
            {
                newest = candidate;
            }
        }

        return newest;
    }
}
