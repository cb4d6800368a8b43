namespace AtlasGen.Runtime;

/// <summary>
/// A lane: one line of digest state (a challenge and its nonce) that one request at a time uses. Leasing lanes keeps
/// each nonce's nc arriving in order even under concurrency, which servers that check nc (Apache's
/// <c>AuthDigestNcCheck</c>) require.
/// </summary>
internal sealed class DigestSession
{
    private DigestNonceState _state;

    public DigestSession(DigestProtectionSpace space, DigestNonceState state)
    {
        Space = space;
        _state = state;
    }

    public DigestProtectionSpace Space { get; }

    public DigestNonceState State => Volatile.Read(ref _state);

    /// <summary>Moves the lane to a fresh challenge of the same realm (stale nonce, or a rejected nc).</summary>
    public void Renew(DigestNonceState state)
    {
        var old = Interlocked.Exchange(ref _state, state);
        old.Counter.RemoveHolder();
    }

    /// <summary>Drops the lane for good.</summary>
    public void Release() => State.Counter.RemoveHolder();
}
