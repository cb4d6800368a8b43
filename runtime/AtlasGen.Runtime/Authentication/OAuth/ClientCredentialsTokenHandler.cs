using System.Net;
using System.Net.Http.Headers;

namespace AtlasGen.Runtime;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4), Atlas's <c>ServiceAccounts</c> scheme: fetches a token with the
/// service account's id and secret, caches it until shortly before it expires, and sends it as a bearer token.
/// </summary>
/// <remarks>
/// The token is shared by every handler of the same credential (token endpoint, client id, secret) in the process, and
/// concurrent callers share one fetch: Atlas allows its token endpoint 10 requests a minute. A 401 with a cached token
/// fetches a fresh one and retries once; a second 401 goes back to the caller, so a revoked account never loops.
/// The secret is only sent to the token endpoint.
/// </remarks>
public sealed class ClientCredentialsTokenHandler : DelegatingHandler
{
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly Uri? _tokenEndpoint;
    private readonly TimeProvider _timeProvider;
    private int _tokensFetched;

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

    /// <summary>How many tokens this handler has fetched (a token another handler of the same credential fetched is not counted); for diagnostics and tests.</summary>
    public int TokensFetched => Volatile.Read(ref _tokensFetched);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content is not null)
        {
            // A retry re-sends the body, so it must be readable twice.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var endpoint = _tokenEndpoint ?? new Uri(request.RequestUri ?? throw new InvalidOperationException("The request has no URI."), "/api/oauth/token");
        var source = OAuthTokenSource.For(endpoint, _clientId, _clientSecret);
        var token = await GetTokenAsync(source, rejected: null, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        token = await GetTokenAsync(source, rejected: token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hides the secret, whatever prints the handler.</summary>
    public override string ToString() => $"ClientCredentialsTokenHandler {{ ClientId = {_clientId}, ClientSecret = *** }}";

    private Task<OAuthAccessToken> GetTokenAsync(OAuthTokenSource source, OAuthAccessToken? rejected, CancellationToken cancellationToken)
        => source.GetAsync(base.SendAsync, rejected, _timeProvider, () => Interlocked.Increment(ref _tokensFetched), cancellationToken);
}
