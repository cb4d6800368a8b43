using System.Collections.Concurrent;

namespace AtlasGen.Runtime;

/// <summary>
/// The cached state of one origin and realm: idle lanes ready to authorize a request up front, and the nc counter of
/// each nonce in use. Thread-safe.
/// </summary>
internal sealed class DigestProtectionSpace
{
    // Idle lanes beyond this are dropped: they only matter for bursts wider than this.
    internal const int MaxIdleLanes = 64;
    private const int MaxTrackedNonces = 256;

    private readonly ConcurrentStack<DigestSession> _idle = new();
    private readonly Dictionary<string, DigestNonceCounter> _counters = new(System.StringComparer.Ordinal);

    public DigestProtectionSpace(string origin, string realm)
    {
        Origin = origin;
        Realm = realm;
    }

    public string Origin { get; }

    public string Realm { get; }

    /// <summary>
    /// Takes an idle lane for the exclusive use of one request. LIFO, so sequential callers keep reusing one nonce and
    /// its nc rises 1, 2, 3... in the order the server sees the requests.
    /// </summary>
    public DigestSession? TryLease() => _idle.TryPop(out var lane) ? lane : null;

    /// <summary>Gives back a lane whose last request was accepted.</summary>
    public void Return(DigestSession lane)
    {
        if (_idle.Count < MaxIdleLanes)
        {
            _idle.Push(lane);
        }
        else
        {
            lane.Release();
        }
    }

    /// <summary>The shared counter for <paramref name="nonce"/>, held by the caller until it calls RemoveHolder.</summary>
    public DigestNonceCounter AcquireCounter(string nonce)
    {
        lock (_counters)
        {
            if (!_counters.TryGetValue(nonce, out var counter))
            {
                if (_counters.Count >= MaxTrackedNonces)
                {
                    ForgetUnheldCounters();
                }

                counter = new DigestNonceCounter(nonce);
                _counters.Add(nonce, counter);
            }

            counter.AddHolder();
            return counter;
        }
    }

    private void ForgetUnheldCounters()
    {
        var unheld = new List<string>();
        foreach (var pair in _counters)
        {
            if (pair.Value.Holders <= 0)
            {
                unheld.Add(pair.Key);
            }
        }

        foreach (var nonce in unheld)
        {
            _counters.Remove(nonce);
        }
    }
}
