using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// In front of the simulator, which never fails on its own: answers the next requests matching a method and path with a
/// given status and an Atlas ApiError body instead of sending them on. Everything else goes to the simulator.
/// </summary>
internal sealed class FaultInjector : DelegatingHandler
{
    private readonly ConcurrentQueue<Fault> _faults = new();

    public FaultInjector(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>The next <paramref name="count"/> requests with this method and path (no query) get <paramref name="status"/>.</summary>
    public void AnswerNext(HttpMethod method, string path, HttpStatusCode status, int count = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue(new Fault(method, path, status, retryAfter));
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_faults.TryPeek(out var fault)
            && fault.Method == request.Method
            && string.Equals(fault.Path, request.RequestUri!.AbsolutePath, StringComparison.Ordinal)
            && _faults.TryDequeue(out fault))
        {
            var status = (int)fault.Status;
            var body = string.Create(CultureInfo.InvariantCulture,
                $$"""{"detail":"Injected fault.","error":{{status}},"errorCode":"INJECTED_FAULT","parameters":[],"reason":"{{fault.Status}}"}""");
            var response = new HttpResponseMessage(fault.Status)
            {
                RequestMessage = request,
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            if (fault.RetryAfter is { } wait)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }

            return Task.FromResult(response);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private sealed record Fault(HttpMethod Method, string Path, HttpStatusCode Status, TimeSpan? RetryAfter);
}
