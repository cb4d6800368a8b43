using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AtlasGen.Runtime;

/// <summary>
/// Sends the requests of generated clients: sets Accept, User-Agent and a request ID, maps error statuses to
/// <see cref="AtlasApiException"/> (410 <c>VERSION_GONE</c> to <see cref="AtlasVersionGoneException"/>), unwraps
/// <c>envelope=true</c> responses, reports response metadata to <see cref="AtlasResponseCapture"/>, warns once per
/// operation about <c>Deprecation</c> and <c>Sunset</c>, and traces each call (<see cref="AtlasTelemetry"/>). Thread-safe.
/// </summary>
/// <remarks>
/// With a logger, each request logs one event (category <c>AtlasGen.Runtime.AtlasConnection</c>, ids 3001-3004) with the
/// operationId, method, path template, status, elapsed time and the number of digest challenges answered; never the
/// expanded path, a header or a body. The first deprecated answer of an operation and version logs event 3005.
/// </remarks>
public sealed class AtlasConnection : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;
    private readonly Uri _baseAddress;
    private readonly string _baseUriPrefix;
    private readonly string _userAgent;
    private readonly ILogger? _logger;
    private readonly AtlasDeprecationTracker _deprecations;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a connection with its own HttpClient, retry and authentication handlers, built from <paramref name="options"/>.</summary>
    public AtlasConnection(AtlasClientOptions options)
        : this(options, loggerFactory: null)
    {
    }

    /// <summary>
    /// Creates a connection with its own HttpClient, retry and authentication handlers, built from <paramref name="options"/>,
    /// logging each request, and the digest handler's challenges, to <paramref name="loggerFactory"/>.
    /// </summary>
    /// <param name="options">The address, keys, timeout, User-Agent and retry settings.</param>
    /// <param name="loggerFactory">Where to log; null for nowhere.</param>
    public AtlasConnection(AtlasClientOptions options, ILoggerFactory? loggerFactory)
        : this(
            AtlasHttpClientFactory.Create(options ?? throw new ArgumentNullException(nameof(options)), transport: null, loggerFactory),
            options,
            loggerFactory?.CreateLogger(AtlasConnectionLog.Category),
            ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a connection over a caller-supplied HttpClient (e.g. from <c>IHttpClientFactory</c>), whose handler chain
    /// must already authenticate. The base address comes from <paramref name="options"/>, else from the HttpClient, else Atlas.
    /// </summary>
    public AtlasConnection(HttpClient httpClient, AtlasClientOptions? options = null)
        : this(httpClient, options, logger: null, ownsHttpClient: false)
    {
    }

    /// <summary>
    /// Creates a connection over a caller-supplied HttpClient, as <see cref="AtlasConnection(HttpClient, AtlasClientOptions?)"/>
    /// does, that logs one event per request to <paramref name="logger"/>.
    /// </summary>
    /// <param name="httpClient">The HttpClient, whose handler chain must already authenticate.</param>
    /// <param name="options">The base address and User-Agent; null to keep the HttpClient's.</param>
    /// <param name="logger">Where to log each request; null for nowhere.</param>
    public AtlasConnection(HttpClient httpClient, AtlasClientOptions? options, ILogger? logger)
        : this(httpClient, options, logger, ownsHttpClient: false)
    {
    }

    /// <summary>The dependency-injection constructor: the deprecation tracker is shared by every client of one registration.</summary>
    internal AtlasConnection(HttpClient httpClient, AtlasClientOptions? options, ILogger? logger, AtlasDeprecationTracker deprecations, TimeProvider timeProvider)
        : this(httpClient, options, logger, ownsHttpClient: false, deprecations, timeProvider)
    {
    }

    private AtlasConnection(HttpClient httpClient, AtlasClientOptions? options, ILogger? logger, bool ownsHttpClient,
        AtlasDeprecationTracker? deprecations = null, TimeProvider? timeProvider = null)
    {
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        // No logger, no per-request timing: the null logger is dropped rather than called.
        _logger = logger is null or NullLogger ? null : logger;
        _ownsHttpClient = ownsHttpClient;
        _deprecations = deprecations ?? new AtlasDeprecationTracker();
        _timeProvider = timeProvider ?? TimeProvider.System;
        // An address set in the options wins; an HttpClient's own one beats the options' default.
        _baseAddress = (options is { HasBaseAddress: true } ? options.BaseAddress : null) ?? httpClient.BaseAddress ?? AtlasClientOptions.DefaultBaseAddress;
        _baseUriPrefix = _baseAddress.AbsoluteUri.TrimEnd('/');
        _userAgent = options?.UserAgent ?? AtlasUserAgent.Default;
    }

    /// <summary>
    /// A connection that sends nothing, behind the protected constructors generated clients have for mocking: a call
    /// that reaches it (a member the mock does not set up) throws <see cref="InvalidOperationException"/>.
    /// </summary>
    public static AtlasConnection ForMocking { get; } = new(new HttpClient(new MockingOnlyHandler()), options: null, logger: null, ownsHttpClient: false);

    /// <summary>The server this connection calls.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>Sends a request and deserializes its success body.</summary>
    public async Task<T> SendAsync<T>(AtlasRequest request, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseType);
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            // The content is already buffered (ResponseContentRead): deserialize from that buffer rather than a copy of
            // it; the text is read again only for the exception, which keeps the body.
            using var body = response.Content.ReadAsStream(cancellationToken);
            if (request.Envelope)
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("content", out var content))
                {
                    ThrowIfEnvelopedError(request, document.RootElement, content);
                    return content.Deserialize(responseType)!;
                }

                return document.RootElement.Deserialize(responseType)
                    ?? throw new JsonException("The response body was the JSON literal null.");
            }

            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new JsonException("The response body was the JSON literal null.");
        }
        catch (JsonException ex)
        {
            var raw = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new AtlasApiException(response.StatusCode, request.OperationId, null, raw,
                new JsonException($"The response of {request.OperationId} is not a valid {typeof(T).Name}: {ex.Message}", ex));
        }
    }

    /// <summary>Sends a request whose success response has no body worth reading.</summary>
    public async Task SendAsync(AtlasRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        if (!request.Envelope)
        {
            return;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("content", out var content))
            {
                ThrowIfEnvelopedError(request, document.RootElement, content);
            }
        }
        catch (JsonException)
        {
            // An empty or non-JSON body on a no-content operation is no error.
        }
    }

    /// <summary>
    /// With <c>envelope=true</c> the server answers 200 and puts the real status in the body, so an error arrives
    /// as <c>{"status": 404, "content": {ApiError}}</c>; it must still surface as the typed exception.
    /// </summary>
    private static void ThrowIfEnvelopedError(AtlasRequest request, JsonElement envelope, JsonElement content)
    {
        if (envelope.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number
            && status.TryGetInt32(out var code) && code >= 400)
        {
            var raw = content.GetRawText();
            var error = AtlasApiErrorParser.TryParse(raw);
            if (code == (int)HttpStatusCode.Unauthorized)
            {
                throw new AtlasAuthenticationException(request.OperationId, error, raw);
            }

            throw new AtlasApiException((HttpStatusCode)code, request.OperationId, error, raw);
        }
    }

    private sealed class MockingOnlyHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new InvalidOperationException(
                $"This client was made with its protected constructor, for mocking, and has no connection: set up {(request.Options.TryGetValue(AtlasRequestOptions.OperationId, out var operationId) ? operationId : "the operation")}'s method on the mock, or build the client over an AtlasConnection.");
    }

    /// <summary>
    /// Sends a request whose success body is text (CSV, a PEM certificate, XML) and returns it as a string. A JSON
    /// string literal, as a server may quote the text, is unquoted; anything else is returned as sent.
    /// </summary>
    public async Task<string> SendForTextAsync(AtlasRequest request, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return UnquoteJsonString(text) ?? text;
    }

    /// <summary>The value of a body that is exactly one JSON string literal, else null.</summary>
    private static string? UnquoteJsonString(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '"' || trimmed[^1] != '"')
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(trimmed));
            return reader.Read() && reader.TokenType == JsonTokenType.String && reader.GetString() is { } value && !reader.Read() ? value : null;
        }
        catch (JsonException)
        {
            return null; // text that merely starts and ends with a quote is still text
        }
    }

    /// <summary>
    /// Sends a request whose success body is binary (a gzip log) and returns the body as it arrives: the response is
    /// read from the network while the caller reads the stream, and disposing the stream releases the response.
    /// </summary>
    public async Task<Stream> SendForStreamAsync(AtlasRequest request, CancellationToken cancellationToken)
    {
        var response = await SendCoreAsync(request, cancellationToken, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new AtlasResponseStream(body, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendCoreAsync(AtlasRequest request, CancellationToken cancellationToken, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Appended rather than resolved, so that a base address with a path prefix (a proxy's /atlas/) keeps it.
        using var message = new HttpRequestMessage(request.Method, new Uri(_baseUriPrefix + request.RelativeUri, UriKind.Absolute))
        {
            Content = request.Content,
        };
        // Unvalidated: the generated media type is well-formed, and a parsed header value would be one more object per call.
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        var requestId = Guid.NewGuid().ToString("N");
        message.Headers.TryAddWithoutValidation(AtlasResponseInfo.RequestIdHeader, requestId);
        if (request.HeadersOrNull is { } headers)
        {
            foreach (var header in headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        message.Options.Set(AtlasRequestOptions.OperationId, request.OperationId);
        message.Options.Set(AtlasRequestOptions.PathTemplate, request.PathTemplate);

        using var operation = AtlasOperationTelemetry.Start(request, _baseAddress);
        var started = _logger is null ? 0 : Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            operation?.Fail(ex);
            if (_logger is not null)
            {
                AtlasConnectionLog.Canceled(_logger, request.OperationId, request.Method.Method, request.PathTemplate, ElapsedMilliseconds(started), AuthRetries(message, null));
            }

            throw;
        }
        catch (Exception ex)
        {
            operation?.Fail(ex);
            if (_logger is not null)
            {
                AtlasConnectionLog.Failed(_logger, request.OperationId, request.Method.Method, request.PathTemplate, ex.GetType().Name, ElapsedMilliseconds(started), AuthRetries(message, null), ex);
            }

            throw;
        }

        LogAnswered(message, request, response, started);
        operation?.SetResendCount(response.RequestMessage ?? message);
        var info = response.IsSuccessStatusCode && !AtlasResponseCapture.IsActive && !HasLifecycleHeaders(response)
            ? null
            : AtlasResponseInfo.From(request.OperationId, response, requestId, _timeProvider.GetUtcNow());
        if (info is not null)
        {
            AtlasResponseCapture.Report(info);
            _deprecations.Observe(_logger ?? NullLogger.Instance, info, request.Accept);
        }

        if (response.IsSuccessStatusCode)
        {
            operation?.Complete((int)response.StatusCode, errorCode: null);
            return response;
        }

        using (response)
        {
            var raw = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = AtlasApiErrorParser.TryParse(raw);
            var errorCode = error?.ErrorCode ?? info!.GetHeader("X-Error-Code");
            operation?.Complete((int)response.StatusCode, errorCode);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new AtlasAuthenticationException(request.OperationId, error, raw, info);
            }

            if (response.StatusCode == HttpStatusCode.Gone && errorCode == AtlasVersionGoneException.VersionGoneErrorCode)
            {
                throw new AtlasVersionGoneException(request.OperationId, request.Accept, request.NewerVersionMethod, error, raw, info);
            }

            throw new AtlasApiException(response.StatusCode, request.OperationId, error, raw, info);
        }
    }

    private static bool HasLifecycleHeaders(HttpResponseMessage response)
        => response.Headers.Contains("Deprecation") || response.Headers.Contains("Sunset");

    /// <summary>Logs the answer. The send itself stays in <see cref="SendCoreAsync"/>: one async method per call fewer.</summary>
    private void LogAnswered(HttpRequestMessage message, AtlasRequest request, HttpResponseMessage response, long started)
    {
        if (_logger is null)
        {
            return;
        }

        var elapsed = ElapsedMilliseconds(started);
        var retries = AuthRetries(message, response);
        if (response.IsSuccessStatusCode)
        {
            AtlasConnectionLog.Completed(_logger, request.OperationId, request.Method.Method, request.PathTemplate, (int)response.StatusCode, elapsed, retries);
        }
        else
        {
            AtlasConnectionLog.Rejected(_logger, request.OperationId, request.Method.Method, request.PathTemplate, (int)response.StatusCode, elapsed, retries);
        }
    }

    private static double ElapsedMilliseconds(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);

    /// <summary>
    /// The digest handler's count, from the message actually sent: a resilience handler may send a copy of ours.
    /// </summary>
    private static int AuthRetries(HttpRequestMessage message, HttpResponseMessage? response)
    {
        if (response?.RequestMessage is { } sent && sent.Options.TryGetValue(AtlasRequestOptions.AuthRetries, out var fromSent))
        {
            return fromSent;
        }

        return message.Options.TryGetValue(AtlasRequestOptions.AuthRetries, out var retries) ? retries : 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }
}
