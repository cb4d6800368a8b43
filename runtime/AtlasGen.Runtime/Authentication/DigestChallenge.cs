namespace AtlasGen.Runtime;

/// <summary>A parsed <c>Digest</c> challenge (RFC 7616 §3.3).</summary>
internal sealed class DigestChallenge(
    string realm, string nonce, string? opaque, string? algorithmToken, IReadOnlyList<string> qop, bool stale, bool userhash, string? charset)
{
    public string Realm { get; } = realm;

    public string Nonce { get; } = nonce;

    public string? Opaque { get; } = opaque;

    /// <summary>The algorithm exactly as the server spelled it, echoed back; null when absent (MD5).</summary>
    public string? AlgorithmToken { get; } = algorithmToken;

    /// <summary>The offered qop values; empty for an RFC 2069 server.</summary>
    public IReadOnlyList<string> Qop { get; } = qop;

    public bool Stale { get; } = stale;

    public bool Userhash { get; } = userhash;

    public string? Charset { get; } = charset;

    /// <summary>Reads a digest challenge; null when it is not Digest or has no nonce.</summary>
    public static DigestChallenge? TryCreate(HttpAuthenticationChallenge challenge)
    {
        if (!challenge.IsScheme("Digest") || challenge.Get("nonce") is not { } nonce)
        {
            return null;
        }

        var qop = new List<string>();
        if (challenge.Get("qop") is { } qopList)
        {
            foreach (var item in qopList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                qop.Add(item.ToLowerInvariant());
            }
        }

        return new DigestChallenge(
            challenge.Get("realm") ?? string.Empty,
            nonce,
            challenge.Get("opaque"),
            challenge.Get("algorithm"),
            qop,
            IsTrue(challenge.Get("stale")),
            IsTrue(challenge.Get("userhash")),
            challenge.Get("charset"));
    }

    /// <summary>
    /// Picks the qop: <c>auth</c> when offered, <c>auth-int</c> only when it is the only one offered (it costs a hash of
    /// the body and few servers check it), none for an RFC 2069 server; false when only unknown values are offered.
    /// </summary>
    public bool TrySelectQop(out string? qop)
    {
        qop = null;
        if (Qop.Count == 0)
        {
            return true;
        }

        if (Contains("auth"))
        {
            qop = "auth";
            return true;
        }

        if (Contains("auth-int"))
        {
            qop = "auth-int";
            return true;
        }

        return false;
    }

    private bool Contains(string value)
    {
        foreach (var item in Qop)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
