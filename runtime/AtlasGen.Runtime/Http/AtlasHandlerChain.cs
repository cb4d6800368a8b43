using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>
/// The one place that decides AtlasGen's handlers, for the non-DI constructors (<see cref="AtlasHttpClientFactory"/>) and
/// for dependency injection (<see cref="AtlasServiceCollectionExtensions"/>):
/// [<see cref="AtlasRetryHandler"/>] → authentication (OAuth for a service account, else digest) → the transport.
/// </summary>
internal static class AtlasHandlerChain
{
    /// <summary>Wraps <paramref name="transport"/> in the authentication handler, and in the retry handler when <paramref name="withRetry"/> and the options enable it.</summary>
    public static HttpMessageHandler Wrap(AtlasClientOptions options, HttpMessageHandler transport, ILoggerFactory? loggerFactory, TimeProvider timeProvider, bool withRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(transport);
        HttpMessageHandler handler = CreateAuthenticationHandler(options, transport, loggerFactory, timeProvider);
        if (withRetry && options.Retry is { Enabled: true } retry)
        {
            handler = new AtlasRetryHandler(retry, handler, timeProvider);
        }

        return handler;
    }

    /// <summary>OAuth 2.0 client credentials when a service account is set, else HTTP Digest with the API key.</summary>
    public static DelegatingHandler CreateAuthenticationHandler(AtlasClientOptions options, HttpMessageHandler transport, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        if (options.UsesServiceAccount)
        {
            return new ClientCredentialsTokenHandler(options.ClientId!, options.ClientSecret!, options.ResolvedTokenEndpoint, transport, timeProvider);
        }

        if (string.IsNullOrEmpty(options.PublicKey) || string.IsNullOrEmpty(options.PrivateKey))
        {
            throw new ArgumentException("Set AtlasClientOptions.PublicKey and PrivateKey (an API key), or ClientId and ClientSecret (a service account).", nameof(options));
        }

        return new DigestAuthenticationHandler(options.PublicKey!, options.PrivateKey!, transport,
            loggerFactory?.CreateLogger("AtlasGen.Runtime.DigestAuthenticationHandler"));
    }
}
