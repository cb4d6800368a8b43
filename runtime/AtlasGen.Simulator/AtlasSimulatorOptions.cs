namespace AtlasGen.Simulator;

/// <summary>How an <see cref="AtlasSimulator"/> listens, authenticates and seeds its organization.</summary>
public sealed class AtlasSimulatorOptions
{
    /// <summary>The digest realm Atlas announces.</summary>
    public const string AtlasRealm = "MMS Public API";

    /// <summary>The loopback port to bind; 0 (the default) picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>How long a digest nonce stays valid; an answer to an older one gets <c>stale=true</c>. Defaults to 5 minutes.</summary>
    public TimeSpan NonceLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The clock behind nonce lifetimes and timestamps; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The digest realm. Defaults to Atlas's, <see cref="AtlasRealm"/>.</summary>
    public string Realm { get; set; } = AtlasRealm;

    /// <summary>The seeded organization's ID (24 hex digits); null picks a fresh one.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>The seeded API key's public key (the digest user name); null picks a fresh one.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The seeded API key's private key (the digest password); null picks a fresh one.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>The seeded service account's client ID (OAuth client credentials); null picks a fresh one.</summary>
    public string? ClientId { get; set; }

    /// <summary>The seeded service account's client secret; null picks a fresh one.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long an access token from <c>/api/oauth/token</c> stays valid. Defaults to an hour, as Atlas's do.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The spec to serve: null (the default) serves the bundled 45-operation spec. A test project that generates its
    /// client with <c>AtlasGenSimulatorBindings=true</c> passes <c>AtlasClientSimulatorSpec.Instance</c>, and every operation
    /// of its spec answers: the seed operations by their hand-written handlers, the others by the spec-driven engine.
    /// </summary>
    public Spec.SimulatorSpec? Spec { get; set; }

    /// <summary>Requests each caller may make per <see cref="RateLimitWindow"/> (its token bucket's size); RateLimit-Limit says it. Defaults to 1200.</summary>
    public int RateLimit { get; set; } = 1200;

    /// <summary>The time the bucket takes to refill from empty. Defaults to a minute.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Reads (gets and lists) after which a long-running change finishes: a cluster CREATING or UPDATING becomes IDLE, one
    /// DELETING vanishes, an IP access-list entry goes from PENDING to ACTIVE. Defaults to 2; whichever of this and
    /// <see cref="ProvisioningTime"/> comes first wins.
    /// </summary>
    public int ProvisioningReads { get; set; } = 2;

    /// <summary>The time on <see cref="TimeProvider"/> after which a long-running change finishes whatever the reads. Defaults to 30 seconds.</summary>
    public TimeSpan ProvisioningTime { get; set; } = TimeSpan.FromSeconds(30);
}
