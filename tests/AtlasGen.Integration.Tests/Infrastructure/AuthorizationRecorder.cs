using System.Collections.Concurrent;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>A primary handler over real sockets that keeps every Authorization header value it sends, so tests can look for them in logs.</summary>
internal sealed class AuthorizationRecorder : DelegatingHandler
{
    public AuthorizationRecorder()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
    }

    public ConcurrentQueue<string> Values { get; } = new();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is { } authorization)
        {
            Values.Enqueue(authorization.ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
