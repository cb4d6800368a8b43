using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime;

/// <summary>Builds the HttpClient an <see cref="AtlasConnection"/> uses when the caller supplies none.</summary>
public static class AtlasHttpClientFactory
{
    /// <summary>
    /// Creates an HttpClient: [<see cref="AtlasRetryHandler"/> when <c>options.Retry.Enabled</c>] →
    /// <see cref="DigestAuthenticationHandler"/> → a <see cref="SocketsHttpHandler"/> that does not follow redirects.
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
        if (string.IsNullOrEmpty(options.PublicKey) || string.IsNullOrEmpty(options.PrivateKey))
        {
            throw new ArgumentException("AtlasClientOptions.PublicKey and PrivateKey are both required to authenticate.", nameof(options));
        }

        // Redirects are left to the caller: credentials then never follow one to another origin.
        transport ??= new SocketsHttpHandler { AllowAutoRedirect = false };
        HttpMessageHandler handler = new DigestAuthenticationHandler(options.PublicKey!, options.PrivateKey!, transport,
            loggerFactory?.CreateLogger("AtlasGen.Runtime.DigestAuthenticationHandler"));
        if (options.Retry is { Enabled: true } retry)
        {
            handler = new AtlasRetryHandler(retry, handler, timeProvider);
        }

        var client = new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = options.Timeout };
        // For callers that use the HttpClient directly; AtlasConnection sets its own per request.
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        return client;
    }
}
