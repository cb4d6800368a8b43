using System.Text;

namespace AtlasGen.Client.Tests.Infrastructure;

/// <summary>
/// The fake end of the wire: records every request (reading the body before the client can dispose it)
/// and answers with canned responses, in order, or from a responder that sees the request.
/// </summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = new();
    private readonly Func<RecordedRequest, CannedResponse> _responder;

    public RecordingHandler(params CannedResponse[] responses)
    {
        var queue = new Queue<CannedResponse>(responses);
        _responder = _ =>
        {
            lock (_gate)
            {
                return queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("The test did not expect another request.");
            }
        };
    }

    public RecordingHandler(Func<RecordedRequest, CannedResponse> responder) => _responder = responder;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public RecordedRequest Single => Xunit.Assert.Single(Requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // As a real transport does: a cancelled token stops the request before it reaches the wire.
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.MediaType, body);
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        var canned = _responder(recorded);
        var response = new HttpResponseMessage(canned.Status) { RequestMessage = request };
        if (canned.Body is not null)
        {
            response.Content = new StringContent(canned.Body, Encoding.UTF8, canned.MediaType ?? "application/json");
        }

        foreach (var header in canned.Headers)
        {
            response.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return response;
    }
}
