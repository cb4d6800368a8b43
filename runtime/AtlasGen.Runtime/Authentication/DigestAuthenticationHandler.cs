using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AtlasGen.Runtime;

/// <summary>
/// HTTP Digest authentication (RFC 7616, and RFC 2617 servers such as Atlas): MD5, MD5-sess, SHA-256 and SHA-256-sess,
/// qop <c>auth</c> (and <c>auth-int</c> when it is the only one offered), opaque, userhash and <c>username*</c>.
/// </summary>
/// <remarks>
/// <para>The first call to an origin costs a 401 and a retry. The accepted challenge is then cached per origin and realm,
/// and later requests are authorized up front with a new cnonce and a rising nc, so N calls cost N+1 requests.
/// Concurrent callers each lease their own lane of cached state, so the nc of every nonce reaches the server in order.</para>
/// <para>A stale nonce, or a 401 to a cached nonce, is retried once with the fresh challenge; a second 401 is returned to
/// the caller, so wrong credentials never loop. Request bodies are buffered so a retry re-sends them intact.
/// Credentials never go to an origin other than the request's own, even when an inner handler follows redirects.</para>
/// <para>Thread-safe; one instance serves any number of concurrent requests.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class DigestAuthenticationHandler : DelegatingHandler
{
    private readonly DigestCredentials _credentials;
    private readonly ILogger _logger;
    private readonly DigestSessionCache _cache = new();

    // Sends per call: up front, after a challenge, and a hop a same-origin redirect left unauthorized. Rejections
    // alone stop sooner (see SendAsync); this only bounds redirect ping-pong.
    private const int MaxAttempts = 4;

    /// <summary>Creates the handler over <paramref name="innerHandler"/>.</summary>
    /// <param name="username">The digest user name (the Atlas public key).</param>
    /// <param name="password">The digest password (the Atlas private key). It is only ever hashed.</param>
    /// <param name="innerHandler">The handler that sends the requests, usually a <see cref="SocketsHttpHandler"/>.</param>
    public DigestAuthenticationHandler(string username, string password, HttpMessageHandler innerHandler)
        : this(username, password, innerHandler, logger: null)
    {
    }

    /// <summary>Creates the handler over <paramref name="innerHandler"/>, logging to <paramref name="logger"/>.</summary>
    /// <param name="username">The digest user name (the Atlas public key).</param>
    /// <param name="password">The digest password (the Atlas private key). It is only ever hashed, never logged.</param>
    /// <param name="innerHandler">The handler that sends the requests, usually a <see cref="SocketsHttpHandler"/>.</param>
    /// <param name="logger">Where to log challenges, retries and rejections; null for none.</param>
    public DigestAuthenticationHandler(string username, string password, HttpMessageHandler innerHandler, ILogger? logger)
        : base(innerHandler ?? throw new ArgumentNullException(nameof(innerHandler)))
    {
        _credentials = new DigestCredentials(username, password);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Creates the handler without an inner handler, for pipelines that set <see cref="DelegatingHandler.InnerHandler"/>
    /// themselves (e.g. <c>IHttpClientFactory</c>'s <c>AddHttpMessageHandler</c>).
    /// </summary>
    /// <param name="username">The digest user name (the Atlas public key).</param>
    /// <param name="password">The digest password (the Atlas private key). It is only ever hashed, never logged.</param>
    /// <param name="logger">Where to log challenges, retries and rejections; null for none.</param>
    public DigestAuthenticationHandler(string username, string password, ILogger? logger = null)
    {
        _credentials = new DigestCredentials(username, password);
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The digest user name.</summary>
    public string Username => _credentials.Username;

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        // The exchange may need a second request; run the async path rather than silently skip authentication.
        => SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { IsAbsoluteUri: true } requestUri || request.Headers.Authorization is not null)
        {
            // A caller that authorizes by itself, or a URI we cannot scope credentials to: stay out of the way.
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is not null)
        {
            // A retry must re-send the body intact, whatever kind of content it is (a stream can be read only once).
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var origin = DigestOrigin.Of(requestUri);
        var lane = _cache.TryLease(origin);
        Uri? authorizedUri = null; // where the last Authorization header was sent
        var answeredFreshChallenge = false;
        try
        {
            if (lane is not null)
            {
                authorizedUri = await AuthorizeAsync(request, lane.State, cancellationToken).ConfigureAwait(false);
            }

            for (var attempt = 1; ; attempt++)
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    ReturnLane(ref lane);
                    return response;
                }

                // An inner handler that follows redirects may have taken the request to another origin: never answer there.
                var respondingUri = response.RequestMessage?.RequestUri ?? request.RequestUri ?? requestUri;
                var respondingOrigin = respondingUri.IsAbsoluteUri ? DigestOrigin.Of(respondingUri) : origin;
                if (respondingOrigin != origin)
                {
                    DigestLog.OtherOrigin(_logger, origin, respondingOrigin);
                    ReturnLane(ref lane);
                    return response;
                }

                // Did the server reject our header, or answer a hop that never carried one (a redirect drops it)?
                var rejected = authorizedUri is not null && authorizedUri == respondingUri;
                if ((rejected && answeredFreshChallenge) || attempt >= MaxAttempts)
                {
                    // A fresh challenge answered and rejected means the credentials are wrong: one retry, never a loop.
                    if (rejected)
                    {
                        DigestLog.CredentialsRejected(_logger, origin, _credentials.Username, lane?.Space.Realm ?? "");
                    }

                    return response;
                }

                var selected = SelectChallenge(response, origin);
                if (selected is not var (challenge, algorithm, qop))
                {
                    return response; // not a digest challenge: nothing this handler can answer
                }

                DigestLog.Challenge(_logger, origin, challenge.Realm, algorithm.Name, qop ?? "none", challenge.Stale);
                var space = _cache.GetSpace(origin, challenge.Realm);
                var state = new DigestNonceState(challenge, algorithm, qop, space.AcquireCounter(challenge.Nonce), _credentials);
                if (lane is not null && ReferenceEquals(lane.Space, space))
                {
                    if (rejected && challenge.Stale)
                    {
                        DigestLog.StaleNonce(_logger, origin, challenge.Realm);
                    }
                    else if (rejected)
                    {
                        DigestLog.CachedNonceRejected(_logger, origin, challenge.Realm);
                    }

                    lane.Renew(state);
                }
                else
                {
                    lane?.Release();
                    lane = new DigestSession(space, state);
                }

                response.Dispose();
                answeredFreshChallenge = true;
                CountAuthRetry(request);
                AtlasTelemetry.RecordAuthChallenge("digest");
                authorizedUri = await AuthorizeAsync(request, lane.State, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            // A lane not given back (failure, exception) is dropped: the server may or may not have seen its last nc.
            lane?.Release();
            // The header was for this exchange only; a caller re-sending the message must not replay it.
            request.Headers.Authorization = null;
        }
    }

    /// <summary>Hides the password, whatever prints the handler.</summary>
    public override string ToString() => $"DigestAuthenticationHandler {{ Username = {_credentials.Username}, Password = *** }}";

    /// <summary>Adds one to <see cref="AtlasRequestOptions.AuthRetries"/>: a retry handler outside may send the message again.</summary>
    private static void CountAuthRetry(HttpRequestMessage request)
    {
        request.Options.TryGetValue(AtlasRequestOptions.AuthRetries, out var retries);
        request.Options.Set(AtlasRequestOptions.AuthRetries, retries + 1);
    }

    private void ReturnLane(ref DigestSession? lane)
    {
        if (lane is not null)
        {
            _cache.Return(lane);
            lane = null;
        }
    }

    private async ValueTask<Uri> AuthorizeAsync(HttpRequestMessage request, DigestNonceState state, CancellationToken cancellationToken)
    {
        var body = state.Qop == "auth-int" && request.Content is not null
            ? await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false)
            : [];
        var uri = request.RequestUri!.PathAndQuery;
        var cnonce = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var parameters = DigestAuthorizationBuilder.Build(state, _credentials, request.Method.Method, uri, state.Counter.Next(), cnonce, body);
        request.Headers.Authorization = new AuthenticationHeaderValue("Digest", parameters);
        return request.RequestUri;
    }

    private (DigestChallenge Challenge, DigestAlgorithm Algorithm, string? Qop)? SelectChallenge(HttpResponseMessage response, string origin)
    {
        if (!response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var values))
        {
            return null;
        }

        StringBuilder? unsupported = null;
        string? firstUnsupportedAlgorithm = null;
        // RFC 7616 §3.7: servers list challenges most preferred first, so take the first one we can answer.
        foreach (var candidate in HttpChallengeParser.Parse(values))
        {
            if (DigestChallenge.TryCreate(candidate) is not { } challenge)
            {
                continue;
            }

            if (!DigestAlgorithm.TryGet(challenge.AlgorithmToken, out var algorithm))
            {
                firstUnsupportedAlgorithm ??= challenge.AlgorithmToken;
                (unsupported ??= new()).Append(unsupported.Length > 0 ? "; " : "").Append("algorithm '").Append(challenge.AlgorithmToken).Append('\'');
                continue;
            }

            if (!challenge.TrySelectQop(out var qop))
            {
                (unsupported ??= new()).Append(unsupported.Length > 0 ? "; " : "").Append("qop '").Append(string.Join(", ", challenge.Qop)).Append('\'');
                continue;
            }

            return (challenge, algorithm, qop);
        }

        if (unsupported is null)
        {
            return null;
        }

        var reason = unsupported.ToString();
        DigestLog.Unsupported(_logger, origin, reason);
        response.Dispose();
        throw new DigestAuthenticationException(
            $"The server at {origin} asks for digest authentication with {reason}, which this client does not support " +
            $"(algorithms: {DigestAlgorithm.SupportedNames}; qop: auth, auth-int).",
            firstUnsupportedAlgorithm);
    }
}
