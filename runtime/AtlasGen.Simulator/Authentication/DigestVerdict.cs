namespace AtlasGen.Simulator.Authentication;

/// <summary>The outcome of checking a request's digest credentials.</summary>
internal enum DigestOutcome
{
    /// <summary>The credentials are valid; the request may proceed.</summary>
    Authenticated,

    /// <summary>No Digest credentials were sent.</summary>
    Missing,

    /// <summary>The credentials are malformed, name an unknown key, or the response hash is wrong.</summary>
    Rejected,

    /// <summary>The hash is right but the nonce expired or is unknown: the challenge says stale=true.</summary>
    Stale,

    /// <summary>The hash is right but the nc was already used with this nonce (a replay or out of order).</summary>
    Replayed,
}

/// <summary>The outcome and, when authenticated, the public key that signed the request.</summary>
internal readonly record struct DigestVerdict(DigestOutcome Outcome, string? PublicKey, string? Reason)
{
    public bool IsAuthenticated => Outcome == DigestOutcome.Authenticated;
}
