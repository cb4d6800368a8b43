using System;

namespace AtlasGen.Runtime;

/// <summary>Retry of throttled (429) and unavailable (503) responses, honouring Retry-After.</summary>
public sealed class AtlasRetryOptions
{
    /// <summary>Off by default: Atlas calls are not always idempotent, so retrying is the caller's choice.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first delay when the server sends no Retry-After; later delays grow exponentially.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait this client accepts from a Retry-After header.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);
}
