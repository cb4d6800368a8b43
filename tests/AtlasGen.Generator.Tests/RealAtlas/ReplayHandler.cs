using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>Answers every request with one recorded response (status, headers, body bytes as recorded), and keeps the requests.</summary>
internal sealed class ReplayHandler(Recording recording) : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var response = new HttpResponseMessage((HttpStatusCode)recording.Status)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(recording.Body),
        };
        foreach (var (name, value) in recording.Headers)
        {
            // The length is the body's own; the recorder's header can disagree (a gzip download records 0).
            if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!response.Headers.TryAddWithoutValidation(name, value))
            {
                response.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return Task.FromResult(response);
    }
}
