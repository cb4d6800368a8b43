namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// How a <see cref="DigestVerifier"/> challenges and what it accepts. The defaults are what Atlas does (MD5, qop=auth,
/// <c>domain=""</c>, no opaque); the other settings let a test play a server that differs from Atlas or misbehaves.
/// Read on every challenge and verification, so a test may change them between requests.
/// </summary>
public sealed class DigestServerOptions
{
    /// <summary>The realm announced and required. Defaults to Atlas's, <see cref="AtlasSimulatorOptions.AtlasRealm"/>.</summary>
    public string Realm { get; set; } = AtlasSimulatorOptions.AtlasRealm;

    /// <summary>
    /// The algorithm token announced: <c>MD5</c> (the default), <c>MD5-sess</c>, <c>SHA-256</c> or <c>SHA-256-sess</c>;
    /// null announces none, which means MD5 (RFC 7616 section 3.3).
    /// </summary>
    public string? Algorithm { get; set; } = "MD5";

    /// <summary>The qop list announced, as sent (<c>auth</c>, <c>auth-int</c>, <c>auth-int,auth</c>); null announces none (RFC 2069).</summary>
    public string? Qop { get; set; } = "auth";

    /// <summary>The domain announced; null leaves it out. Atlas sends an empty one.</summary>
    public string? Domain { get; set; } = "";

    /// <summary>The charset announced (<c>UTF-8</c>); null leaves it out.</summary>
    public string? Charset { get; set; }

    /// <summary>Announces <c>userhash=true</c> and accepts a hashed user name (RFC 7616 section 3.4.4).</summary>
    public bool Userhash { get; set; }

    /// <summary>Sends a fresh opaque with each nonce and requires it back.</summary>
    public bool IssueOpaque { get; set; }

    /// <summary>Issues one nonce for every challenge while it lives, like a server whose nonce is per time window.</summary>
    public bool ShareNonce { get; set; }

    /// <summary>Rejects an nc that is not above every nc already accepted with the nonce (Apache's AuthDigestNcCheck). On by default.</summary>
    public bool CheckNonceCount { get; set; } = true;

    /// <summary>
    /// Answers a nonce this server does not know with <c>stale=true</c> (the default: the simulator forgets expired nonces,
    /// so an unknown one is most likely expired). When false it is rejected like any bad credentials, as a restarted
    /// server that issued it would.
    /// </summary>
    public bool UnknownNonceIsStale { get; set; } = true;

    /// <summary>How long a nonce stays valid; an answer to an older one gets <c>stale=true</c>. Defaults to 5 minutes.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
