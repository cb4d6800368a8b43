using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>Builds the HttpClient an <see cref="AtlasConnection"/> uses when the caller supplies none.</summary>
public static class AtlasHttpClientFactory
{
    /// <summary>
    /// Creates an HttpClient: [<see cref="AtlasRetryHandler"/> when <c>options.Retry.Enabled</c>, the default] →
    /// authentication (<see cref="ClientCredentialsTokenHandler"/> or <see cref="DigestAuthenticationHandler"/>) → a <see cref="SocketsHttpHandler"/> that does not follow redirects.
    /// </summary>
    public static HttpClient Create(AtlasClientOptions options) => Create(options, transport: null, loggerFactory: null);

    /// <summary>
    /// Creates an HttpClient over <paramref name="transport"/> (e.g. a handler with a proxy), or over a
    /// <see cref="SocketsHttpHandler"/> that does not follow redirects when it is null. The client owns the transport.
    /// </summary>
    /// <param name="options">The address, keys, timeout, User-Agent and retry settings.</param>
    /// <param name="transport">The handler that sends the requests; null for the default.</param>
    /// <param name="loggerFactory">Where the digest handler logs; null for nowhere.</param>
    public static HttpClient Create(AtlasClientOptions options, HttpMessageHandler? transport, ILoggerFactory? loggerFactory = null)
        => Create(options, transport, loggerFactory, TimeProvider.System);

    internal static HttpClient Create(AtlasClientOptions options, HttpMessageHandler? transport, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        // Redirects are left to the caller: credentials then never follow one to another origin.
        transport ??= new SocketsHttpHandler { AllowAutoRedirect = false };
        var handler = AtlasHandlerChain.Wrap(options, transport, loggerFactory, timeProvider, withRetry: true);
        var client = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = options.Timeout };
        // For callers that use the HttpClient directly; AtlasConnection sets its own per request.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        return client;
    }

    /// <summary>
    /// The handler for the configured scheme: OAuth 2.0 client credentials when a service account is set
    /// (<see cref="AtlasClientOptions.ClientId"/>), else HTTP Digest with the API key.
    /// </summary>
    public static DelegatingHandler CreateAuthenticationHandler(AtlasClientOptions options, HttpMessageHandler innerHandler, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return AtlasHandlerChain.CreateAuthenticationHandler(options, innerHandler, loggerFactory, TimeProvider.System);
    }
}
