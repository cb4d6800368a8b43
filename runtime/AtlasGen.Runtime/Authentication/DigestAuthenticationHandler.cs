using System;
using System.Net.Http;

namespace AtlasGen.Runtime;

/// <summary>RFC 7616 HTTP Digest authentication (placeholder until the digest transport lands).</summary>
public sealed class DigestAuthenticationHandler : DelegatingHandler
{
    /// <summary>Creates the handler.</summary>
    public DigestAuthenticationHandler(string username, string password, HttpMessageHandler innerHandler) : base(innerHandler)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
    }
}
