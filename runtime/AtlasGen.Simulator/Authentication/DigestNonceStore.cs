using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// The nonces this server issued: when each was issued, and the highest nc answered with it. Thread-safe.
/// </summary>
internal sealed class DigestNonceStore
{
    private readonly ConcurrentDictionary<string, NonceEntry> _nonces = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;
    private int _issuedSinceSweep;

    public DigestNonceStore(TimeProvider time, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        _time = time;
        _lifetime = lifetime;
    }

    public string Issue()
    {
        // Bounds memory: expired nonces are only good for answering stale=true, which an unknown nonce also gets.
        if (System.Threading.Interlocked.Increment(ref _issuedSinceSweep) >= 1024)
        {
            System.Threading.Interlocked.Exchange(ref _issuedSinceSweep, 0);
            Sweep();
        }

        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _nonces[nonce] = new NonceEntry(_time.GetUtcNow());
        return nonce;
    }

    /// <summary>Accepts <paramref name="nc"/> for <paramref name="nonce"/> only if the nonce is live and nc is above every nc seen with it.</summary>
    public NonceCheck Use(string nonce, long nc)
    {
        if (!_nonces.TryGetValue(nonce, out var entry))
        {
            return NonceCheck.Unknown;
        }

        if (_time.GetUtcNow() - entry.IssuedAt >= _lifetime)
        {
            _nonces.TryRemove(nonce, out _);
            return NonceCheck.Expired;
        }

        return entry.TryAdvance(nc) ? NonceCheck.Accepted : NonceCheck.Replayed;
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var pair in _nonces)
        {
            if (now - pair.Value.IssuedAt >= _lifetime)
            {
                _nonces.TryRemove(pair.Key, out _);
            }
        }
    }

    private sealed class NonceEntry(DateTimeOffset issuedAt)
    {
        private long _highestNc;

        public DateTimeOffset IssuedAt { get; } = issuedAt;

        // Strictly rising, as Apache's AuthDigestNcCheck: a repeated or out-of-order nc is a replay.
        public bool TryAdvance(long nc)
        {
            while (true)
            {
                var seen = System.Threading.Volatile.Read(ref _highestNc);
                if (nc <= seen)
                {
                    return false;
                }

                if (System.Threading.Interlocked.CompareExchange(ref _highestNc, nc, seen) == seen)
                {
                    return true;
                }
            }
        }
    }
}

/// <summary>What the nonce store says about a nonce and nc.</summary>
internal enum NonceCheck
{
    Accepted,
    Unknown,
    Expired,
    Replayed,
}
