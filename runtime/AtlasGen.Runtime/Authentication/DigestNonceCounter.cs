namespace AtlasGen.Runtime;

/// <summary>
/// The nc for one nonce. Shared by every lane that holds the same nonce, so a value is never sent twice for it,
/// whatever the concurrency (RFC 7616 §3.4: nc counts all requests sent with that nonce).
/// </summary>
internal sealed class DigestNonceCounter
{
    private long _count;
    private int _holders;

    public DigestNonceCounter(string nonce) => Nonce = nonce;

    public string Nonce { get; }

    /// <summary>How many lanes hold this nonce; a counter no lane holds may be forgotten.</summary>
    public int Holders => Volatile.Read(ref _holders);

    /// <summary>The next nc, strictly greater than every value returned before.</summary>
    public long Next() => Interlocked.Increment(ref _count);

    public void AddHolder() => Interlocked.Increment(ref _holders);

    public void RemoveHolder() => Interlocked.Decrement(ref _holders);
}
