namespace AtlasGen.Runtime;

/// <summary>Keys under which <see cref="AtlasConnection"/> tags each <see cref="HttpRequestMessage"/>, for handlers and logs.</summary>
public static class AtlasRequestOptions
{
    /// <summary>The spec's operationId.</summary>
    public static readonly HttpRequestOptionsKey<string> OperationId = new("AtlasGen.OperationId");

    /// <summary>The path template, which carries no IDs.</summary>
    public static readonly HttpRequestOptionsKey<string> PathTemplate = new("AtlasGen.PathTemplate");

    /// <summary>
    /// How many 401 challenges <see cref="DigestAuthenticationHandler"/> answered for the request (0 when it was
    /// authorized up front, 1 for the first call to an origin). Absent when no digest handler saw the request.
    /// </summary>
    public static readonly HttpRequestOptionsKey<int> AuthRetries = new("AtlasGen.AuthRetries");

    /// <summary>How many times <see cref="AtlasRetryHandler"/> re-sent the request (OpenTelemetry's <c>http.request.resend_count</c>).</summary>
    public static readonly HttpRequestOptionsKey<int> ResendCount = new("AtlasGen.ResendCount");
}
