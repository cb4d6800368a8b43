using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace AtlasGen.Runtime;

/// <summary>
/// Retries 429 (Too Many Requests) and 503 (Service Unavailable) with a Polly retry pipeline, waiting as long as the
/// server's Retry-After asks, else backing off exponentially from <see cref="AtlasRetryOptions.BaseDelay"/>.
/// A Retry-After longer than <see cref="AtlasRetryOptions.MaxDelay"/> is not waited for: the response goes back to the caller.
/// </summary>
/// <remarks>Put it outside the digest handler, so that every attempt is authorized afresh.</remarks>
public sealed class AtlasRetryHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the handler over <paramref name="innerHandler"/>.</summary>
    /// <param name="options">How often and how long to retry. <see cref="AtlasRetryOptions.MaxRetries"/> must be at least 1.</param>
    /// <param name="innerHandler">The next handler, usually the <see cref="DigestAuthenticationHandler"/>.</param>
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
        _pipeline = CreatePipeline(options, TimeProvider.System);
    }

    internal AtlasRetryHandler(AtlasRetryOptions options, HttpMessageHandler innerHandler, TimeProvider timeProvider)
        : base(innerHandler ?? throw new ArgumentNullException(nameof(innerHandler)))
    {
        _pipeline = CreatePipeline(options, timeProvider);
    }

    private static ResiliencePipeline<HttpResponseMessage> CreatePipeline(AtlasRetryOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRetries, 1, nameof(options) + "." + nameof(options.MaxRetries));
        var maxDelay = options.MaxDelay;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = maxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && IsRetryable(response.StatusCode)
                    && !(RetryAfter.Get(response, timeProvider) > maxDelay)),
                // Null falls back to the exponential backoff above.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response ? RetryAfter.Get(response, timeProvider) : null),
            })
            .Build();
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

        // Polly disposes the responses it retries past, so only the last one reaches the caller.
        return await _pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, token)),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);
    }

    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => base.SendAsync(request, cancellationToken);
}
