using System.Net;

namespace AtlasGen.Runtime;

/// <summary>
/// Retries as Atlas advises. A 429 is retried for any method (Atlas did not process it), waiting at least its
/// <c>Retry-After</c> and at least the exponential backoff (with jitter) of the attempt. A 503 or a network failure
/// (<see cref="HttpRequestException"/>) is retried only for GET, PUT, DELETE, HEAD and OPTIONS, which are idempotent:
/// a POST or PATCH may have been applied. A wait over <see cref="AtlasRetryOptions.MaxDelay"/>, or one that would take
/// the call past <see cref="AtlasRetryOptions.MaxTotalDelay"/>, is not made: the last response (or exception) goes back.
/// </summary>
/// <remarks>Put it outside the authentication handler, so that every attempt is authorized afresh.</remarks>
public sealed class AtlasRetryHandler : DelegatingHandler
{
    private const double Jitter = 0.2;

    private readonly AtlasRetryOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler over <paramref name="innerHandler"/>.</summary>
    /// <param name="options">How often and how long to retry. <see cref="AtlasRetryOptions.MaxRetries"/> must be at least 1.</param>
    /// <param name="innerHandler">The next handler, usually the authentication handler.</param>
    public AtlasRetryHandler(AtlasRetryOptions options, HttpMessageHandler innerHandler)
        : this(options, innerHandler, TimeProvider.System)
    {
    }

    /// <summary>
    /// Creates the handler without an inner handler, for pipelines that set <see cref="DelegatingHandler.InnerHandler"/>
    /// themselves (e.g. <c>IHttpClientFactory</c>).
    /// </summary>
    /// <param name="options">How often and how long to retry. <see cref="AtlasRetryOptions.MaxRetries"/> must be at least 1.</param>
    public AtlasRetryHandler(AtlasRetryOptions options)
    {
        _options = Validate(options);
        _timeProvider = TimeProvider.System;
    }

    internal AtlasRetryHandler(AtlasRetryOptions options, HttpMessageHandler innerHandler, TimeProvider timeProvider)
        : base(innerHandler ?? throw new ArgumentNullException(nameof(innerHandler)))
    {
        _options = Validate(options);
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    private static AtlasRetryOptions Validate(AtlasRetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRetries, 1, nameof(options) + "." + nameof(options.MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseDelay, TimeSpan.Zero, nameof(options) + "." + nameof(options.BaseDelay));
        return options;
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        => SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // Each attempt re-sends the body; buffer it so a one-shot stream survives.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var idempotent = IsIdempotent(request.Method);
        var waited = TimeSpan.Zero;
        for (var retry = 1; ; retry++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (idempotent && !cancellationToken.IsCancellationRequested
                && NextDelay(retry, serverWait: null, waited) is { } delay)
            {
                waited += delay;
                await WaitAsync(request, retry, ex.HttpRequestError.ToString(), delay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests
                || (response.StatusCode == HttpStatusCode.ServiceUnavailable && idempotent);
            if (!retryable || NextDelay(retry, RetryAfter.Get(response, _timeProvider), waited) is not { } wait)
            {
                return response;
            }

            // Only the last response reaches the caller.
            response.Dispose();
            waited += wait;
            await WaitAsync(request, retry, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The wait before retry number <paramref name="retry"/>, or null when no retry should be made.</summary>
    private TimeSpan? NextDelay(int retry, TimeSpan? serverWait, TimeSpan waited)
    {
        if (retry > _options.MaxRetries || serverWait > _options.MaxDelay)
        {
            return null;
        }

        var backoff = _options.BaseDelay * Math.Pow(2, Math.Min(retry - 1, 30)) * (1 + Jitter * ((Random.Shared.NextDouble() * 2) - 1));
        if (backoff > _options.MaxDelay)
        {
            backoff = _options.MaxDelay;
        }

        var delay = serverWait > backoff ? serverWait.Value : backoff;
        return waited + delay > _options.MaxTotalDelay ? null : delay;
    }

    private async Task WaitAsync(HttpRequestMessage request, int retry, string reason, TimeSpan delay, CancellationToken cancellationToken)
    {
        request.Options.TryGetValue(AtlasRequestOptions.OperationId, out var operationId);
        AtlasTelemetry.RecordRetry(request.Method.Method, operationId, reason);
        request.Options.Set(AtlasRequestOptions.ResendCount, retry);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsIdempotent(HttpMethod method)
        => method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;
}
