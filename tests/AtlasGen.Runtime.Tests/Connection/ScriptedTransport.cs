using System.Collections.Concurrent;

namespace AtlasGen.Runtime.Tests.Connection;

/// <summary>A transport that answers from a script (then 200 {}), recording each request's headers.</summary>
internal sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script;

    public ScriptedTransport(params Func<HttpResponseMessage>[] script) => _script = new(script);

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    public ConcurrentQueue<Dictionary<string, string>> RequestHeaders { get; } = new();

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string mediaType = "application/vnd.atlas.2023-01-01+json", params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        RequestHeaders.Enqueue(headers);
        var response = _script.TryDequeue(out var next) ? next() : Json(HttpStatusCode.OK, "{}");
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
