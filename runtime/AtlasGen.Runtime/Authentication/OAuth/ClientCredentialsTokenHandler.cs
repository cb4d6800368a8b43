using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Runtime;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4), Atlas's <c>ServiceAccounts</c> scheme: fetches a token with the
/// service account's id and secret, caches it until shortly before it expires, and sends it as a bearer token.
/// </summary>
/// <remarks>
/// A 401 with a cached token fetches a fresh one and retries once; a second 401 goes back to the caller, so a
/// revoked account never loops. Concurrent callers share one fetch. The secret is only sent to the token endpoint.
/// </remarks>
public sealed class ClientCredentialsTokenHandler : DelegatingHandler
{
    // A token this close to expiry is refreshed first, so it doesn't expire in flight.
    private static readonly TimeSpan s_refreshMargin = TimeSpan.FromSeconds(60);

    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly Uri? _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private OAuthAccessToken? _token;

    /// <summary>Creates the handler.</summary>
    /// <param name="clientId">The service account's client id.</param>
    /// <param name="clientSecret">The service account's secret; sent only to the token endpoint, never logged.</param>
    /// <param name="tokenEndpoint">The token URL; null for <c>/api/oauth/token</c> on each request's own origin.</param>
    /// <param name="innerHandler">The handler that sends the requests.</param>
    /// <param name="timeProvider">The clock for token expiry; null for the system clock.</param>
    public ClientCredentialsTokenHandler(string clientId, string clientSecret, Uri? tokenEndpoint, HttpMessageHandler innerHandler, TimeProvider? timeProvider = null)
        : base(innerHandler ?? throw new ArgumentNullException(nameof(innerHandler)))
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        _clientId = clientId;
        _clientSecret = clientSecret;
        _tokenEndpoint = tokenEndpoint;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How many tokens this handler has fetched; for diagnostics and tests.</summary>
    public int TokensFetched { get; private set; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // A retry re-sends the body, so it must be readable twice.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var token = await GetTokenAsync(request, rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await GetTokenAsync(request, rejected: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hides the secret, whatever prints the handler.</summary>
    public override string ToString() => $"ClientCredentialsTokenHandler {{ ClientId = {_clientId}, ClientSecret = *** }}";

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fetch.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<OAuthAccessToken> GetTokenAsync(HttpRequestMessage request, OAuthAccessToken? rejected, CancellationToken cancellationToken)
    {
        if (Usable(_token, rejected) is { } cached)
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched while this one waited.
            return Usable(_token, rejected) ?? (_token = await FetchAsync(request, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _fetch.Release();
        }
    }

    private OAuthAccessToken? Usable(OAuthAccessToken? token, OAuthAccessToken? rejected)
        => token is not null && !ReferenceEquals(token, rejected) && _timeProvider.GetUtcNow() < token.ExpiresAt - s_refreshMargin ? token : null;

    private async Task<OAuthAccessToken> FetchAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var endpoint = _tokenEndpoint ?? new Uri(request.RequestUri ?? throw new InvalidOperationException("The request has no URI."), "/api/oauth/token");
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") }),
        };
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(_clientSecret))));
        tokenRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await base.SendAsync(tokenRequest, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        TokensFetched++;
        if (!response.IsSuccessStatusCode)
        {
            throw new AtlasAuthenticationException("oauth:token", AtlasApiErrorParser.TryParse(body), body);
        }

        return OAuthTokenResponseParser.TryParse(body, _timeProvider.GetUtcNow())
            ?? throw new AtlasAuthenticationException("oauth:token", null, body,
                new FormatException($"The token endpoint {endpoint} answered without a usable access_token."));
    }
}
