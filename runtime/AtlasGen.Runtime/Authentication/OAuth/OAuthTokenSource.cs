using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace AtlasGen.Runtime;

/// <summary>
/// The token of one service-account credential (token endpoint, client id and secret), shared by every handler of that
/// credential in the process: Atlas allows its token endpoint 10 requests a minute, so clients must not each fetch their
/// own. The token is reused until shortly before it expires; concurrent callers wait for one fetch.
/// </summary>
internal sealed class OAuthTokenSource
{
    // A token this close to expiry is refreshed first, so it doesn't expire in flight.
    private static readonly TimeSpan s_refreshMargin = TimeSpan.FromSeconds(60);

    private static readonly ConcurrentDictionary<(string Endpoint, string ClientId, string SecretHash), OAuthTokenSource> s_sources = new();

    private readonly Uri _endpoint;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private OAuthAccessToken? _token;

    private OAuthTokenSource(Uri endpoint, string clientId, string clientSecret)
    {
        _endpoint = endpoint;
        _clientId = clientId;
        _clientSecret = clientSecret;
    }

    /// <summary>The process-wide source of this credential. The key holds a hash of the secret, never the secret.</summary>
    public static OAuthTokenSource For(Uri endpoint, string clientId, string clientSecret)
    {
        var secretHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret)));
        return s_sources.GetOrAdd((endpoint.AbsoluteUri, clientId, secretHash), static (_, state) => new OAuthTokenSource(state.endpoint, state.clientId, state.clientSecret),
            (endpoint, clientId, clientSecret));
    }

    /// <summary>A usable token: the cached one, unless it is <paramref name="rejected"/> or about to expire.</summary>
    /// <param name="send">Sends the token request through the caller's transport.</param>
    /// <param name="rejected">A token the server just refused with 401, which must not be returned again.</param>
    /// <param name="timeProvider">The clock for expiry.</param>
    /// <param name="onFetched">Called once per token request this call makes.</param>
    /// <param name="cancellationToken">Cancels the wait and the fetch.</param>
    public async Task<OAuthAccessToken> GetAsync(
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send,
        OAuthAccessToken? rejected,
        TimeProvider timeProvider,
        Action onFetched,
        CancellationToken cancellationToken)
    {
        if (Usable(Volatile.Read(ref _token), rejected, timeProvider) is { } cached)
        {
            return cached;
        }

        await _fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have fetched while this one waited.
            if (Usable(_token, rejected, timeProvider) is { } fetched)
            {
                return fetched;
            }

            var token = await FetchAsync(send, timeProvider, cancellationToken).ConfigureAwait(false);
            onFetched();
            Volatile.Write(ref _token, token);
            return token;
        }
        finally
        {
            _fetch.Release();
        }
    }

    private static OAuthAccessToken? Usable(OAuthAccessToken? token, OAuthAccessToken? rejected, TimeProvider timeProvider)
        => token is not null && !ReferenceEquals(token, rejected) && timeProvider.GetUtcNow() < token.ExpiresAt - s_refreshMargin ? token : null;

    private async Task<OAuthAccessToken> FetchAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("grant_type", "client_credentials") }),
        };
        tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(_clientSecret))));
        tokenRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await send(tokenRequest, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        AtlasTelemetry.RecordAuthChallenge("oauth");
        if (!response.IsSuccessStatusCode)
        {
            throw new AtlasAuthenticationException("oauth:token", AtlasApiErrorParser.TryParse(body), body);
        }

        return OAuthTokenResponseParser.TryParse(body, timeProvider.GetUtcNow())
            ?? throw new AtlasAuthenticationException("oauth:token", null, body,
                new FormatException($"The token endpoint {_endpoint} answered without a usable access_token."));
    }
}
