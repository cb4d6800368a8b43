using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>The digest handler's log events. None carries the password or a header value.</summary>
internal static partial class DigestLog
{
    [LoggerMessage(EventId = 3101, EventName = "DigestChallenge", Level = LogLevel.Debug,
        Message = "Digest challenge from {Origin}: realm '{Realm}', algorithm {Algorithm}, qop {Qop}, stale {Stale}")]
    public static partial void Challenge(ILogger logger, string origin, string realm, string algorithm, string qop, bool stale);

    [LoggerMessage(EventId = 3102, EventName = "DigestNonceRenewed", Level = LogLevel.Debug,
        Message = "Digest nonce for {Origin} realm '{Realm}' was stale; retrying once with the new nonce")]
    public static partial void StaleNonce(ILogger logger, string origin, string realm);

    [LoggerMessage(EventId = 3103, EventName = "DigestCachedNonceRejected", Level = LogLevel.Debug,
        Message = "Digest answer with a cached nonce was rejected by {Origin} realm '{Realm}'; retrying once with the fresh challenge")]
    public static partial void CachedNonceRejected(ILogger logger, string origin, string realm);

    [LoggerMessage(EventId = 3104, EventName = "DigestCredentialsRejected", Level = LogLevel.Warning,
        Message = "{Origin} rejected the digest credentials of user '{Username}' for realm '{Realm}'")]
    public static partial void CredentialsRejected(ILogger logger, string origin, string username, string realm);

    [LoggerMessage(EventId = 3105, EventName = "DigestOtherOrigin", Level = LogLevel.Warning,
        Message = "A redirect led from {Origin} to {OtherOrigin}, which asks for credentials; they are not sent to another origin")]
    public static partial void OtherOrigin(ILogger logger, string origin, string otherOrigin);

    [LoggerMessage(EventId = 3106, EventName = "DigestUnsupported", Level = LogLevel.Error,
        Message = "{Origin} offers no digest challenge this client can answer: {Reason}")]
    public static partial void Unsupported(ILogger logger, string origin, string reason);
}
