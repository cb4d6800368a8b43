using System.Net;

namespace AtlasGen.Runtime;

/// <summary>The server rejected the credentials (HTTP 401 after the digest handler's single retry). Never carries the secret.</summary>
public sealed class AtlasAuthenticationException : AtlasApiException
{
    /// <summary>Creates the exception.</summary>
    public AtlasAuthenticationException(string? operationId, AtlasApiError? error, string rawBody, Exception? innerException = null)
        : base(HttpStatusCode.Unauthorized, operationId, error, rawBody, response: null, innerException)
    {
    }

    /// <summary>Creates the exception with the response's metadata.</summary>
    public AtlasAuthenticationException(string? operationId, AtlasApiError? error, string rawBody, AtlasResponseInfo? response, Exception? innerException = null)
        : base(HttpStatusCode.Unauthorized, operationId, error, rawBody, response, innerException)
    {
    }
}
