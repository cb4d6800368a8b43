using System.Net.Http;
using System.Threading;
using AtlasGen.Runtime;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>One request the client sent and what the simulator answered, bodies buffered.</summary>
internal sealed record Exchange(string? OperationId, string Method, string Path, int Status, string? RequestBody, byte[] ResponseBody, string? ContentType);

/// <summary>The transport under the client's handlers: records every exchange (digest challenges included; the last one of a call is its answer).</summary>
internal sealed class ExchangeRecorder : DelegatingHandler
{
    private readonly object _gate = new();
    private readonly List<Exchange> _exchanges = new();

    public ExchangeRecorder()
        : base(new SocketsHttpHandler())
    {
    }

    public Exchange? Last
    {
        get
        {
            lock (_gate)
            {
                return _exchanges.Count == 0 ? null : _exchanges[^1];
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _exchanges.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var buffered = new ByteArrayContent(bytes);
        foreach (var header in response.Content.Headers)
        {
            buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = buffered;
        request.Options.TryGetValue(AtlasRequestOptions.OperationId, out var operationId);
        lock (_gate)
        {
            _exchanges.Add(new Exchange(operationId, request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, requestBody, bytes, response.Content.Headers.ContentType?.MediaType));
        }

        return response;
    }
}
