using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.TestSupport;

/// <summary>Puts a <see cref="FakeDigestServer"/> behind an HttpMessageHandler, in memory.</summary>
public sealed class FakeServerHandler(FakeDigestServer server) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        // CopyToAsync reads the content the way SocketsHttpHandler does, without buffering it (ReadAsByteArrayAsync
        // would buffer it and so hide a handler that forgot to).
        using var buffer = new System.IO.MemoryStream();
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(buffer, cancellationToken);
        }

        var body = buffer.ToArray();
        var recorded = new RecordedRequest(request.Method.Method, uri.PathAndQuery, request.Headers.Authorization?.ToString(), body,
            request.Content?.Headers.ContentType?.ToString(), uri.GetLeftPart(UriPartial.Authority));
        var answer = server.Handle(recorded);
        var response = new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            RequestMessage = request,
            Content = new StringContent(answer.Body, System.Text.Encoding.UTF8),
        };
        if (answer.ContentType is null)
        {
            response.Content.Headers.ContentType = null;
        }
        else
        {
            response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(answer.ContentType);
        }

        foreach (var (name, value) in answer.Headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
