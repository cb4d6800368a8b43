namespace AtlasGen.Runtime;

/// <summary>
/// Everything derived from one accepted challenge: the algorithm, qop, the nc counter of its nonce, and the hashes that
/// do not change per request (so the password is hashed once per challenge, not per call).
/// </summary>
internal sealed class DigestNonceState
{
    public DigestNonceState(DigestChallenge challenge, DigestAlgorithm algorithm, string? qop, DigestNonceCounter counter, DigestCredentials credentials)
    {
        Challenge = challenge;
        Algorithm = algorithm;
        Qop = qop;
        Counter = counter;
        UserRealmPasswordHash = credentials.HashUserRealmPassword(algorithm, challenge.Realm);
        // RFC 7616 §3.4.4: with userhash the name travels as H(username ":" realm).
        UsernameHash = challenge.Userhash ? algorithm.Hash(credentials.Username + ":" + challenge.Realm) : null;
    }

    public DigestChallenge Challenge { get; }

    public DigestAlgorithm Algorithm { get; }

    /// <summary>The chosen qop, or null for an RFC 2069 server.</summary>
    public string? Qop { get; }

    public DigestNonceCounter Counter { get; }

    public string UserRealmPasswordHash { get; }

    public string? UsernameHash { get; }
}
