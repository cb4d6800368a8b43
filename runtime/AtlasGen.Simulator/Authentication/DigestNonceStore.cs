using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading;

namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// The nonces this server issued: when each was issued, its opaque, and the highest nc answered with it. Thread-safe.
/// </summary>
internal sealed class DigestNonceStore
{
    // The nonce a server sharing one nonce across challenges hands out while it lives.
    private const string SharedNonce = "shared-nonce";

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

    /// <summary>A fresh nonce, or with <paramref name="shared"/> the one shared nonce while it lives.</summary>
    public (string Nonce, string? Opaque) Issue(bool shared = false, bool withOpaque = false)
    {
        // Bounds memory: expired nonces are only good for answering stale=true, which an unknown nonce also gets.
        if (Interlocked.Increment(ref _issuedSinceSweep) >= 1024)
        {
            Interlocked.Exchange(ref _issuedSinceSweep, 0);
            Sweep();
        }

        if (shared)
        {
            var entry = _nonces.AddOrUpdate(SharedNonce, _ => NewEntry(withOpaque), (_, existing) => IsLive(existing) ? existing : NewEntry(withOpaque));
            return (SharedNonce, entry.Opaque);
        }

        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var issued = NewEntry(withOpaque);
        _nonces[nonce] = issued;
        return (nonce, issued.Opaque);
    }

    /// <summary>The opaque issued with <paramref name="nonce"/>; null when none was or the nonce is unknown.</summary>
    public string? OpaqueOf(string nonce) => _nonces.TryGetValue(nonce, out var entry) ? entry.Opaque : null;

    /// <summary>
    /// Accepts <paramref name="nc"/> for <paramref name="nonce"/> only if the nonce is live and, with
    /// <paramref name="checkNc"/>, nc is above every nc seen with it. A null nc (no qop) only checks the nonce.
    /// </summary>
    public NonceCheck Use(string nonce, long? nc, bool checkNc = true)
    {
        if (!_nonces.TryGetValue(nonce, out var entry))
        {
            return NonceCheck.Unknown;
        }

        if (!IsLive(entry))
        {
            _nonces.TryRemove(nonce, out _);
            return NonceCheck.Expired;
        }

        return nc is not { } count || entry.TryAdvance(count, checkNc) ? NonceCheck.Accepted : NonceCheck.Replayed;
    }

    /// <summary>Makes every issued nonce expire now: its next use is answered stale=true.</summary>
    public void ExpireAll()
    {
        foreach (var entry in _nonces.Values)
        {
            entry.Revoke();
        }
    }

    /// <summary>Forgets every issued nonce, as a restarted server would.</summary>
    public void ForgetAll() => _nonces.Clear();

    private NonceEntry NewEntry(bool withOpaque)
        => new(_time.GetUtcNow(), withOpaque ? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) : null);

    private bool IsLive(NonceEntry entry) => !entry.Revoked && _time.GetUtcNow() - entry.IssuedAt < _lifetime;

    private void Sweep()
    {
        foreach (var pair in _nonces)
        {
            if (!IsLive(pair.Value))
            {
                _nonces.TryRemove(pair.Key, out _);
            }
        }
    }

    private sealed class NonceEntry(DateTimeOffset issuedAt, string? opaque)
    {
        private long _highestNc;
        private volatile bool _revoked;

        public DateTimeOffset IssuedAt { get; } = issuedAt;

        public string? Opaque { get; } = opaque;

        public bool Revoked => _revoked;

        public void Revoke() => _revoked = true;

        // Strictly rising, as Apache's AuthDigestNcCheck: a repeated or out-of-order nc is a replay. Unchecked, the
        // highest nc is still kept, so turning the check on later starts from what was seen.
        public bool TryAdvance(long nc, bool checkNc)
        {
            while (true)
            {
                var seen = Volatile.Read(ref _highestNc);
                if (nc <= seen)
                {
                    return !checkNc;
                }

                if (Interlocked.CompareExchange(ref _highestNc, nc, seen) == seen)
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
