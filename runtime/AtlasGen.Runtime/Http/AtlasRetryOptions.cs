namespace AtlasGen.Runtime;

/// <summary>
/// Retries as Atlas advises: a 429 waits at least its <c>Retry-After</c>, then backs off exponentially with jitter; a 503
/// or a network failure is retried for idempotent methods (GET, PUT, DELETE) only. On by default.
/// </summary>
public sealed class AtlasRetryOptions
{
    /// <summary>On by default. When a resilience handler such as <c>AddStandardResilienceHandler()</c> is on the same
    /// IHttpClientFactory client, AtlasGen's retry steps aside and that handler's retry is the only one.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first backoff; each retry doubles it, with ±20% jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait. A Retry-After beyond it is not waited for: the response goes back to the caller.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The most time spent waiting between attempts of one call; a retry that would pass it is not made.</summary>
    public TimeSpan MaxTotalDelay { get; set; } = TimeSpan.FromMinutes(2);
}
