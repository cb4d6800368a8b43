using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AtlasGen.Runtime;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> named <c>AtlasGen</c>. Without a listener, StartActivity
/// returns null and instruments are disabled, so nothing is allocated or recorded. Tags follow OpenTelemetry's HTTP
/// client conventions plus <c>atlas.operation.id</c> and <c>atlas.error_code</c>; no tag ever carries a path with IDs,
/// a header value or a credential.
/// </summary>
public static class AtlasTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "AtlasGen";

    internal const string OperationIdTag = "atlas.operation.id";
    internal const string ErrorCodeTag = "atlas.error_code";

    internal static readonly ActivitySource ActivitySource = new(Name, AtlasUserAgent.PackageVersion);

    internal static readonly Meter Meter = new(Name, AtlasUserAgent.PackageVersion);

    /// <summary>One per operation call, retries and authentication round trips included.</summary>
    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "atlasgen.client.operation.duration", unit: "s", description: "Duration of Atlas operations, retries and authentication included.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "atlasgen.client.retries", unit: "{retry}", description: "Requests re-sent after a 429, a 503 or a network failure.");

    internal static readonly Counter<long> AuthChallenges = Meter.CreateCounter<long>(
        "atlasgen.client.auth_challenges", unit: "{challenge}", description: "Digest challenges answered and OAuth tokens fetched.");

    internal static void RecordRetry(string method, string? operationId, string reason)
    {
        if (Retries.Enabled)
        {
            Retries.Add(1,
                new KeyValuePair<string, object?>("http.request.method", method),
                new KeyValuePair<string, object?>(OperationIdTag, operationId),
                new KeyValuePair<string, object?>("error.type", reason));
        }
    }

    internal static void RecordAuthChallenge(string scheme)
    {
        if (AuthChallenges.Enabled)
        {
            AuthChallenges.Add(1, new KeyValuePair<string, object?>("atlas.auth.scheme", scheme));
        }
    }
}
