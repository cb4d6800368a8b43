using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>
/// <see cref="AtlasConnection"/>'s one event per request. Fields: operation, method, path template (never the expanded
/// path, query, headers or bodies), status, elapsed milliseconds and how many digest challenges were answered.
/// </summary>
internal static partial class AtlasConnectionLog
{
    /// <summary>The category <see cref="AtlasConnection"/> logs under.</summary>
    public const string Category = "AtlasGen.Runtime.AtlasConnection";

    [LoggerMessage(EventId = 3001, EventName = "AtlasRequestCompleted", Level = LogLevel.Information,
        Message = "{OperationId}: {Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms after {AuthRetries} auth retries")]
    public static partial void Completed(ILogger logger, string operationId, string method, string pathTemplate, int statusCode, double elapsedMilliseconds, int authRetries);

    [LoggerMessage(EventId = 3002, EventName = "AtlasRequestRejected", Level = LogLevel.Warning,
        Message = "{OperationId}: {Method} {PathTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms after {AuthRetries} auth retries")]
    public static partial void Rejected(ILogger logger, string operationId, string method, string pathTemplate, int statusCode, double elapsedMilliseconds, int authRetries);

    [LoggerMessage(EventId = 3003, EventName = "AtlasRequestFailed", Level = LogLevel.Warning,
        Message = "{OperationId}: {Method} {PathTemplate} failed with {ExceptionType} after {ElapsedMilliseconds} ms and {AuthRetries} auth retries")]
    public static partial void Failed(ILogger logger, string operationId, string method, string pathTemplate, string exceptionType, double elapsedMilliseconds, int authRetries, Exception exception);

    [LoggerMessage(EventId = 3004, EventName = "AtlasRequestCanceled", Level = LogLevel.Debug,
        Message = "{OperationId}: {Method} {PathTemplate} was canceled after {ElapsedMilliseconds} ms and {AuthRetries} auth retries")]
    public static partial void Canceled(ILogger logger, string operationId, string method, string pathTemplate, double elapsedMilliseconds, int authRetries);

    [LoggerMessage(EventId = 3005, EventName = "AtlasOperationDeprecated", Level = LogLevel.Warning,
        Message = "{OperationId} was answered by API version {Version}, which Atlas deprecated (Deprecation: {Deprecation}) and will remove (Sunset: {Sunset}); move to a newer version's method before then")]
    public static partial void Deprecated(ILogger logger, string operationId, string version, string deprecation, string sunset);
}
