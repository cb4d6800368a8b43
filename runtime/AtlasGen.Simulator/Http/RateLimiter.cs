using System.Collections.Concurrent;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// A token bucket per caller, as Atlas meters its API: <see cref="Limit"/> requests, refilled evenly over the window on
/// the simulator's clock. Each request takes one token; an empty bucket is 429 RATE_LIMITED with Retry-After.
/// </summary>
internal sealed class RateLimiter
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly double _tokensPerSecond;

    public RateLimiter(TimeProvider time, int limit, TimeSpan window)
    {
        _time = time;
        Limit = limit;
        _tokensPerSecond = limit / window.TotalSeconds;
    }

    public int Limit { get; }

    /// <summary>Takes a token for <paramref name="caller"/>: what is left, or, when none was, the seconds until one is.</summary>
    public (bool Allowed, int Remaining, int RetryAfterSeconds) Take(string caller)
    {
        var bucket = _buckets.GetOrAdd(caller, _ => new Bucket(Limit, _time.GetUtcNow()));
        lock (bucket)
        {
            var now = _time.GetUtcNow();
            bucket.Tokens = Math.Min(Limit, bucket.Tokens + (now - bucket.Updated).TotalSeconds * _tokensPerSecond);
            bucket.Updated = now;
            if (bucket.Tokens < 1)
            {
                return (false, 0, Math.Max(1, (int)Math.Ceiling((1 - bucket.Tokens) / _tokensPerSecond)));
            }

            bucket.Tokens -= 1;
            return (true, (int)Math.Floor(bucket.Tokens), 0);
        }
    }

    private sealed class Bucket(double tokens, DateTimeOffset updated)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset Updated { get; set; } = updated;
    }
}
