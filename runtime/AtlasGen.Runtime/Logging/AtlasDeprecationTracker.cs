using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>
/// Warns once per operation and version when Atlas answers with <c>Deprecation</c> or <c>Sunset</c>: the first such
/// response logs event 3005, later ones are silent. One tracker serves a connection, or every client one
/// <c>AddAtlasGenClient</c> registration resolves, so transient clients don't repeat the warning.
/// </summary>
internal sealed class AtlasDeprecationTracker
{
    private readonly ConcurrentDictionary<(string OperationId, string Version), byte> _warned = new();

    public void Observe(ILogger logger, AtlasResponseInfo response, string mediaType)
    {
        if (response.Deprecation is null && response.Sunset is null)
        {
            return;
        }

        var version = VersionOf(response.GetHeader("Content-Type")) ?? VersionOf(mediaType) ?? mediaType;
        if (_warned.TryAdd((response.OperationId, version), 0))
        {
            AtlasConnectionLog.Deprecated(logger, response.OperationId, version, Format(response.Deprecation), Format(response.Sunset));
        }
    }

    /// <summary>The date of <c>application/vnd.atlas.2023-01-01+json;charset=utf-8</c>, or null for another media type.</summary>
    internal static string? VersionOf(string? mediaType)
    {
        const string Prefix = "vnd.atlas.";
        var start = mediaType?.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (start < 0)
        {
            return null;
        }

        start += Prefix.Length;
        var end = mediaType!.IndexOfAny(['+', ';'], start);
        return end < 0 ? mediaType.Substring(start) : mediaType.Substring(start, end - start);
    }

    private static string Format(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
}
