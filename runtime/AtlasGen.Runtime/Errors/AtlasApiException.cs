using System.Net;
using System.Text;

namespace AtlasGen.Runtime;

/// <summary>The server answered an Atlas call with a non-success status. Keeps the parsed <see cref="AtlasApiError"/> and the raw body.</summary>
public class AtlasApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AtlasApiException(HttpStatusCode statusCode, string? operationId, AtlasApiError? error, string rawBody, Exception? innerException = null)
        : this(statusCode, operationId, error, rawBody, response: null, innerException)
    {
    }

    /// <summary>Creates the exception with the response's status, headers and request ID.</summary>
    public AtlasApiException(HttpStatusCode statusCode, string? operationId, AtlasApiError? error, string rawBody, AtlasResponseInfo? response, Exception? innerException = null)
        : this(BuildMessage(statusCode, operationId, error, rawBody), statusCode, operationId, error, rawBody, response, innerException)
    {
    }

    /// <summary>Creates the exception with its own message, for subclasses that say more.</summary>
    protected AtlasApiException(string message, HttpStatusCode statusCode, string? operationId, AtlasApiError? error, string rawBody, AtlasResponseInfo? response, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        OperationId = operationId;
        Error = error;
        RawBody = rawBody;
        Response = response;
    }

    /// <summary>The response's status, headers (<c>X-Error-Code</c>, <c>Retry-After</c>, <c>RateLimit-*</c>...) and request ID; null when the error came without an HTTP response of its own (an enveloped error keeps the envelope's).</summary>
    public AtlasResponseInfo? Response { get; }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The operation that failed, when known.</summary>
    public string? OperationId { get; }

    /// <summary>The parsed error body, or null when the body was empty or not an ApiError.</summary>
    public AtlasApiError? Error { get; }

    /// <summary>The Atlas error code, e.g. <c>RESOURCE_NOT_FOUND</c>.</summary>
    public string? ErrorCode => Error?.ErrorCode;

    /// <summary>The error detail.</summary>
    public string? Detail => Error?.Detail;

    /// <summary>The error reason.</summary>
    public string? Reason => Error?.Reason;

    /// <summary>The error parameters.</summary>
    public IReadOnlyList<string> Parameters => Error?.Parameters ?? Array.Empty<string>();

    /// <summary>The response body exactly as received (empty when there was none).</summary>
    public string RawBody { get; }

    /// <summary>The default message: status, operation, error code and detail.</summary>
    protected static string BuildMessage(HttpStatusCode status, string? operationId, AtlasApiError? error, string rawBody)
    {
        var message = new StringBuilder();
        message.Append("Atlas returned ").Append((int)status).Append(' ').Append(status);
        if (operationId is not null)
        {
            message.Append(" for ").Append(operationId);
        }

        if (error?.ErrorCode is not null)
        {
            message.Append(": ").Append(error.ErrorCode);
        }

        if (error?.Detail is not null)
        {
            message.Append(" - ").Append(error.Detail);
        }
        else if (error is null && rawBody.Length > 0)
        {
            // A non-JSON body (e.g. a proxy's HTML page): show its start, it is often the only clue.
            message.Append(": ").Append(rawBody.Length > 200 ? rawBody.Substring(0, 200) + "..." : rawBody);
        }

        return message.ToString();
    }
}
