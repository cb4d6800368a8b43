using System.Collections.Concurrent;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>The client's primary handler: keeps every attempt as it went over the wire (after retries and token fetches).</summary>
internal sealed class TrafficRecorder : DelegatingHandler
{
    public TrafficRecorder(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public ConcurrentQueue<Exchange> Exchanges { get; } = new();

    /// <summary>The Atlas API attempts, without the OAuth token requests.</summary>
    public Exchange[] ApiExchanges => Exchanges.Where(e => e.Path.StartsWith("/api/atlas/", StringComparison.Ordinal)).ToArray();

    public int TokenRequests => Exchanges.Count(e => e.Path == "/api/oauth/token");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization?.ToString();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        Exchanges.Enqueue(new Exchange(
            request.Method.Method,
            request.RequestUri!.AbsolutePath,
            authorization,
            response.StatusCode,
            response.Headers.RetryAfter?.Delta,
            response.Headers.TryGetValues("Deprecation", out var deprecation) ? deprecation.Single() : null));
        return response;
    }

    internal sealed record Exchange(string Method, string Path, string? Authorization, HttpStatusCode Status, TimeSpan? RetryAfter, string? Deprecation);
}
