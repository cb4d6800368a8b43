using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// The primary handler of a test client: Atlas's OAuth token endpoint for one service account, and its API, which
/// accepts only the tokens it issued and not revoked, and answers from a script (status and headers), then 200 with
/// an empty project page. Counts token requests and records each API request's method and path.
/// </summary>
internal sealed class FakeServiceAccountAtlas : HttpMessageHandler
{
    private readonly string _basicCredentials;
    private readonly ConcurrentDictionary<string, byte> _validTokens = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();
    private int _tokenRequests;

    // Tokens live an hour, as Atlas's do; expiry itself is tested against the simulator's clock.
    private const int ExpiresInSeconds = 3600;

    public FakeServiceAccountAtlas(string clientId, string clientSecret)
        => _basicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(clientSecret)));

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public ConcurrentQueue<(string Method, string Path, string? Authorization)> ApiRequests { get; } = new();

    /// <summary>Every token issued so far stops working, as when Atlas revokes or expires it early.</summary>
    public void RevokeAll() => _validTokens.Clear();

    /// <summary>Queues a scripted answer for the next API request.</summary>
    public FakeServiceAccountAtlas Then(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(body ?? EmptyPage, Encoding.UTF8, (int)status < 400 ? "application/vnd.atlas.2023-01-01+json" : "application/json"),
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public const string EmptyPage = "{\"links\":[],\"results\":[],\"totalCount\":0}";

    public static string Error(int status, string errorCode, string detail)
        => $"{{\"detail\":\"{detail}\",\"error\":{status},\"errorCode\":\"{errorCode}\",\"parameters\":[],\"reason\":\"{(HttpStatusCode)status}\"}}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Yield, as a socket would, so concurrent callers really overlap.
        await Task.Yield();
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/api/oauth/token")
        {
            var number = Interlocked.Increment(ref _tokenRequests);
            if (request.Headers.Authorization is not { Scheme: "Basic" } basic || basic.Parameter != _basicCredentials)
            {
                return new HttpResponseMessage(HttpStatusCode.Unauthorized) { RequestMessage = request, Content = new StringContent("{\"error\":\"invalid_client\"}") };
            }

            var token = "token-" + number;
            _validTokens[token] = 0;
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new StringContent($"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":{ExpiresInSeconds}}}", Encoding.UTF8, "application/json"),
            };
        }

        var authorization = request.Headers.Authorization;
        ApiRequests.Enqueue((request.Method.Method, path, authorization?.ToString()));
        if (authorization is not { Scheme: "Bearer", Parameter: { } presented } || !_validTokens.ContainsKey(presented))
        {
            return new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                RequestMessage = request,
                Content = new StringContent(Error(401, "UNAUTHORIZED", "Invalid token."), Encoding.UTF8, "application/json"),
            };
        }

        var response = _script.TryDequeue(out var next)
            ? next()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(EmptyPage, Encoding.UTF8, "application/vnd.atlas.2023-01-01+json") };
        response.RequestMessage = request;
        return response;
    }
}
