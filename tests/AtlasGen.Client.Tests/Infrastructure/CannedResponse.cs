namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>A response the fake server answers with; a null body means no content at all (as a 204 has).</summary>
internal sealed record CannedResponse(HttpStatusCode Status, string? MediaType, string? Body)
{
    /// <summary>Response headers to send besides the content type (rate limits, Deprecation, Retry-After...).</summary>
    public System.Collections.Generic.Dictionary<string, string> Headers { get; } = new(System.StringComparer.OrdinalIgnoreCase);

    public const string Atlas20230101 = "application/vnd.atlas.2023-01-01+json";

    public static CannedResponse Json(string body, string mediaType = Atlas20230101) => new(HttpStatusCode.OK, mediaType, body);

    public static CannedResponse NoContent() => new(HttpStatusCode.NoContent, null, null);

    /// <summary>An Atlas error: errors are plain application/json ApiError bodies, not versioned media types.</summary>
    public static CannedResponse Error(HttpStatusCode status, string body) => new(status, "application/json", body);
}
