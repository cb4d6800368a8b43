using System;
using System.Net.Http;

namespace AtlasGen.Runtime;

/// <summary>Builds the HttpClient an <see cref="AtlasConnection"/> uses when the caller supplies none.</summary>
public static class AtlasHttpClientFactory
{
    /// <summary>Creates an HttpClient with the digest handler over a <see cref="SocketsHttpHandler"/>.</summary>
    public static HttpClient Create(AtlasClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.PublicKey) || string.IsNullOrEmpty(options.PrivateKey))
        {
            throw new ArgumentException("AtlasClientOptions.PublicKey and PrivateKey are both required to authenticate.", nameof(options));
        }

        var handler = new DigestAuthenticationHandler(options.PublicKey!, options.PrivateKey!, new SocketsHttpHandler { AllowAutoRedirect = false });
        return new HttpClient(handler) { BaseAddress = options.BaseAddress, Timeout = options.Timeout };
    }
}
