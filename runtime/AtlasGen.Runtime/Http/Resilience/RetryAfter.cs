namespace AtlasGen.Runtime;

/// <summary>Reads a response's Retry-After (RFC 9110 §10.2.3), in either of its two forms.</summary>
internal static class RetryAfter
{
    /// <summary>The wait the server asks for, or null when it sends none. A date in the past means no wait.</summary>
    public static TimeSpan? Get(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
