using System.Globalization;
using Microsoft.AspNetCore.Http;

using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// A deprecated version answers with <c>Deprecation</c> and, when the spec gives an x-sunset date, <c>Sunset</c> (HTTP
/// dates, as Atlas sends them); from the sunset date on, on the simulator's clock, it is 410 VERSION_GONE.
/// </summary>
internal static class VersionLifecycle
{
    /// <summary>As Atlas writes them: <c>Thu, 1 Jul 2027 00:00:00 GMT</c> (the day without a leading zero).</summary>
    private static string HttpDate(DateTimeOffset value)
        => value.UtcDateTime.ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    public static void Apply(HttpResponse response, ResponseVersion version, string operationId, DateTimeOffset now)
    {
        if (!version.Deprecated)
        {
            return;
        }

        var sunset = version.Sunset is { } text && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : (DateTimeOffset?)null;
        if (sunset is { } gone && now >= gone)
        {
            throw new SimulatorApiException(410, AtlasErrorCodes.VersionGone,
                $"Version {version.MediaType} of {operationId} was removed on {gone.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", version.MediaType);
        }

        // Atlas doesn't publish when each version was deprecated; the simulator dates it one year before its sunset.
        var deprecatedOn = sunset?.AddYears(-1) ?? now;
        response.Headers["Deprecation"] = HttpDate(deprecatedOn);
        if (sunset is { } s)
        {
            response.Headers["Sunset"] = HttpDate(s);
        }
    }
}
