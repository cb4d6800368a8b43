namespace AtlasGen.Simulator.Authentication;

/// <summary>The outcome of checking a request's digest credentials.</summary>
public enum DigestOutcome
{
    /// <summary>The credentials are valid; the request may proceed.</summary>
    Authenticated,

    /// <summary>No Digest credentials were sent.</summary>
    Missing,

    /// <summary>The credentials are malformed, name an unknown key, or the response hash is wrong.</summary>
    Rejected,

    /// <summary>The hash is right but the nonce expired (or is unknown, see <see cref="DigestServerOptions.UnknownNonceIsStale"/>): the challenge says stale=true.</summary>
    Stale,

    /// <summary>The hash is right but the nc was already used with this nonce (a replay or out of order).</summary>
    Replayed,
}

/// <summary>The outcome and, when authenticated, who signed the request with which nonce and nc.</summary>
/// <param name="Outcome">What the check found.</param>
/// <param name="PublicKey">The user name (an API key's public key) when authenticated.</param>
/// <param name="Reason">Why the credentials were not accepted, for logs.</param>
/// <param name="Nonce">The nonce the accepted credentials answered.</param>
/// <param name="NonceCount">The accepted nc; 0 when the server offers no qop (RFC 2069 sends none).</param>
public readonly record struct DigestVerdict(DigestOutcome Outcome, string? PublicKey, string? Reason, string? Nonce = null, long NonceCount = 0)
{
    /// <summary>Whether the request may proceed.</summary>
    public bool IsAuthenticated => Outcome == DigestOutcome.Authenticated;
}
