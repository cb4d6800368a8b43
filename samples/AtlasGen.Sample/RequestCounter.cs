using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Sample;

/// <summary>Counts the HTTP requests that reach the wire, digest challenges included (it sits under the digest handler).</summary>
internal sealed class RequestCounter : DelegatingHandler
{
    private int _count;

    public RequestCounter(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public int Count => Volatile.Read(ref _count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return base.SendAsync(request, cancellationToken);
    }
}
