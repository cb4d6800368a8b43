using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.TestSupport;

/// <summary>
/// The primary handler of a test client: Atlas's OAuth 2.0 token endpoint for one service account (client credentials
/// in Basic, form-encoded as RFC 6749 section 2.3.1 says), and its API, which accepts only the tokens it issued and has
/// not revoked, and answers from a script (status and headers), then 200 with an empty project page. Counts token
/// requests and records what the API saw.
/// </summary>
public sealed class FakeServiceAccountAtlas : HttpMessageHandler
{
    private readonly string _basicCredentials;
    private readonly ConcurrentDictionary<string, byte> _validTokens = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();
    private int _issued;
    private int _rejectedTokenRequests;

    /// <param name="clientId">The service account's client ID.</param>
    /// <param name="clientSecret">Its secret.</param>
    /// <param name="expiresInSeconds">The lifetime each token is issued with; an hour, as Atlas's.</param>
    public FakeServiceAccountAtlas(string clientId, string clientSecret, int expiresInSeconds = 3600)
    {
        _basicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(clientSecret)));
        ExpiresInSeconds = expiresInSeconds;
    }

    public int ExpiresInSeconds { get; set; }

    public int TokenRequests => Volatile.Read(ref _issued) + RejectedTokenRequests;

    public int RejectedTokenRequests => Volatile.Read(ref _rejectedTokenRequests);

    public ConcurrentQueue<string> TokenRequestBodies { get; } = new();

    public ConcurrentQueue<ApiRequest> ApiRequests { get; } = new();

    /// <summary>When set, the API rejects every token (a service account without access).</summary>
    public bool RejectAll { get; set; }

    /// <summary>Every token issued so far stops working, as when Atlas revokes or expires it early.</summary>
    public void RevokeAll() => _validTokens.Clear();

    /// <summary>Queues a scripted answer for the next API request that presents a valid token.</summary>
    public FakeServiceAccountAtlas Then(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(body ?? AtlasResponses.EmptyPage, Encoding.UTF8, (int)status < 400 ? AtlasResponses.PageMediaType : "application/json"),
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Yield, as a socket would, so concurrent callers really overlap.
        await Task.Yield();
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var response = path == "/api/oauth/token" ? Token(request, body) : Api(request, path, body);
        response.RequestMessage = request;
        return response;
    }

    private HttpResponseMessage Token(HttpRequestMessage request, string body)
    {
        TokenRequestBodies.Enqueue(body);
        if (request.Method != HttpMethod.Post || request.Headers.Authorization is not { Scheme: "Basic" } basic
            || basic.Parameter != _basicCredentials || body != "grant_type=client_credentials")
        {
            Interlocked.Increment(ref _rejectedTokenRequests);
            return Json(HttpStatusCode.Unauthorized, "{\"error\":\"invalid_client\"}", "application/json");
        }

        var token = "token-" + Interlocked.Increment(ref _issued);
        _validTokens[token] = 0;
        return Json(HttpStatusCode.OK, $"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":{ExpiresInSeconds}}}", "application/json");
    }

    private HttpResponseMessage Api(HttpRequestMessage request, string path, string body)
    {
        var authorization = request.Headers.Authorization;
        ApiRequests.Enqueue(new ApiRequest(request.Method.Method, path, authorization?.ToString(), body));
        if (RejectAll || authorization is not { Scheme: "Bearer", Parameter: { } presented } || !_validTokens.ContainsKey(presented))
        {
            return Json(HttpStatusCode.Unauthorized, AtlasResponses.Error(401, "UNAUTHORIZED", "Invalid token."), "application/json");
        }

        return _script.TryDequeue(out var next) ? next() : Json(HttpStatusCode.OK, AtlasResponses.EmptyPage, AtlasResponses.PageMediaType);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json, string mediaType)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) };
}

/// <summary>One API request as <see cref="FakeServiceAccountAtlas"/> saw it.</summary>
public sealed record ApiRequest(string Method, string Path, string? Authorization, string Body);
