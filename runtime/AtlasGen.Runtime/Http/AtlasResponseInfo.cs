using System.Globalization;
using System.Linq;
using System.Net;

namespace AtlasGen.Runtime;

/// <summary>
/// What an Atlas response said besides its body: status, headers, the request ID and the headers Atlas uses for rate
/// limits and version lifecycle, typed. Success responses expose it through <see cref="AtlasResponseCapture"/>, errors
/// through <see cref="AtlasApiException.Response"/>.
/// </summary>
public sealed class AtlasResponseInfo
{
    /// <summary>The header the client sends with a fresh ID on every call (a server may echo its own).</summary>
    public const string RequestIdHeader = "X-Request-Id";

    /// <summary>Creates the metadata from its parts; generated code and the connection use <see cref="From"/>.</summary>
    /// <param name="operationId">The spec's operationId.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">The response and content headers; names compare case-insensitively.</param>
    /// <param name="requestId">The server's request ID, else the one the client sent.</param>
    /// <param name="now">The time <see cref="RetryAfter"/> is measured from when the header is a date.</param>
    public AtlasResponseInfo(string operationId, HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? requestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        OperationId = operationId;
        StatusCode = statusCode;
        Headers = headers;
        RequestId = requestId;
        RetryAfter = ReadRetryAfter(now);
        RateLimitLimit = ReadInt("RateLimit-Limit");
        RateLimitRemaining = ReadInt("RateLimit-Remaining");
        Deprecation = ReadDate("Deprecation");
        Sunset = ReadDate("Sunset");
    }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Every response and content header, names case-insensitive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The server's <c>X-Request-Id</c> when it sends one, else the ID the client sent with the request.</summary>
    public string? RequestId { get; }

    /// <summary>How long the server asks to wait (<c>Retry-After</c>, seconds or a date); null when absent.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The request budget of this endpoint group (<c>RateLimit-Limit</c>).</summary>
    public int? RateLimitLimit { get; }

    /// <summary>What is left of it (<c>RateLimit-Remaining</c>).</summary>
    public int? RateLimitRemaining { get; }

    /// <summary>When Atlas deprecated the resource version that answered (<c>Deprecation</c>); null when it is current.</summary>
    public DateTimeOffset? Deprecation { get; }

    /// <summary>When Atlas will remove that version (<c>Sunset</c>); calls after it get 410 <c>VERSION_GONE</c>.</summary>
    public DateTimeOffset? Sunset { get; }

    /// <summary>The header's first value, or null.</summary>
    public string? GetHeader(string name) => Headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Reads the metadata of <paramref name="response"/>.</summary>
    public static AtlasResponseInfo From(string operationId, HttpResponseMessage response, string? sentRequestId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            headers[header.Key] = header.Value.ToArray();
        }

        var requestId = headers.TryGetValue(RequestIdHeader, out var echoed) && echoed.Count > 0 ? echoed[0] : sentRequestId;
        return new AtlasResponseInfo(operationId, response.StatusCode, headers, requestId, now);
    }

    private TimeSpan? ReadRetryAfter(DateTimeOffset now)
    {
        var text = GetHeader("Retry-After")?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }

    private int? ReadInt(string name)
        => int.TryParse(GetHeader(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private DateTimeOffset? ReadDate(string name)
    {
        var text = GetHeader(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // RFC 9745 writes Deprecation as a structured date (@1721606400); Atlas sends HTTP dates, as Sunset (RFC 8594) is.
        if (text[0] == '@' && long.TryParse(text.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unix))
        {
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }
}
