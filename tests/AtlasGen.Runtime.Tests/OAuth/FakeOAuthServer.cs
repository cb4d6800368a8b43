using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Runtime.Tests.OAuth;

/// <summary>
/// An in-memory OAuth 2.0 token endpoint and API: issues numbered tokens to one client, accepts only tokens it
/// issued and has not revoked, and records what it saw.
/// </summary>
public sealed class FakeOAuthServer : HttpMessageHandler
{
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly ConcurrentDictionary<string, bool> _valid = new();
    private int _issued;

    public FakeOAuthServer(string clientId, string clientSecret, int expiresInSeconds = 3600)
    {
        _clientId = clientId;
        _clientSecret = clientSecret;
        ExpiresInSeconds = expiresInSeconds;
    }

    public int ExpiresInSeconds { get; set; }

    public int TokenRequests => _issued + RejectedTokenRequests;

    public int RejectedTokenRequests { get; private set; }

    public ConcurrentQueue<(string Authorization, string Body)> ApiRequests { get; } = new();

    public ConcurrentQueue<string> TokenRequestBodies { get; } = new();

    /// <summary>Makes every token issued so far invalid, as a revoked or rotated key would.</summary>
    public void RevokeAll() => _valid.Clear();

    /// <summary>When set, the API rejects every token (a service account without access).</summary>
    public bool RejectAll { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (request.RequestUri!.AbsolutePath == "/api/oauth/token")
        {
            TokenRequestBodies.Enqueue(body);
            var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(_clientId + ":" + _clientSecret));
            if (request.Method != HttpMethod.Post || request.Headers.Authorization?.ToString() != expected || body != "grant_type=client_credentials")
            {
                RejectedTokenRequests++;
                return Json(HttpStatusCode.Unauthorized, "{\"error\":\"invalid_client\"}");
            }

            var token = "token-" + Interlocked.Increment(ref _issued);
            _valid[token] = true;
            return Json(HttpStatusCode.OK, $"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":{ExpiresInSeconds}}}");
        }

        var authorization = request.Headers.Authorization?.ToString() ?? "";
        ApiRequests.Enqueue((authorization, body));
        var presented = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization.Substring(7) : "";
        return !RejectAll && _valid.ContainsKey(presented)
            ? Json(HttpStatusCode.OK, "{\"ok\":true}")
            : Json(HttpStatusCode.Unauthorized, "{\"error\":401,\"errorCode\":\"INVALID_TOKEN\"}");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
