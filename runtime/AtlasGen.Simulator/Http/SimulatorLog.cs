using AtlasGen.Simulator.Authentication;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Simulator.Http;

/// <summary>The simulator's log messages, source-generated (no boxing, AOT-safe).</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(1, LogLevel.Debug, "{Method} {Path}: 401 ({Outcome}: {Reason})")]
    public static partial void AuthenticationFailed(ILogger logger, string method, string path, DigestOutcome outcome, string? reason);

    [LoggerMessage(2, LogLevel.Error, "{Method} {Path}: unexpected error")]
    public static partial void UnexpectedError(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Atlas simulator listening on {BaseAddress}; organization {OrgId}, API key {PublicKey}")]
    public static partial void Listening(ILogger logger, Uri baseAddress, string orgId, string publicKey);
}
