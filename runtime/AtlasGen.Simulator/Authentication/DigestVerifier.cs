using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// The server side of HTTP Digest as Atlas offers it: MD5, qop=auth, one realm. Checks the response hash, the
/// digest-uri against the request target, the nonce's lifetime and a strictly rising nc per nonce.
/// </summary>
internal sealed class DigestVerifier
{
    private readonly DigestNonceStore _nonces;
    private readonly Func<string, string?> _privateKeyOf;

    public DigestVerifier(string realm, DigestNonceStore nonces, Func<string, string?> privateKeyOf)
    {
        Realm = realm;
        _nonces = nonces;
        _privateKeyOf = privateKeyOf;
    }

    public string Realm { get; }

    /// <summary>The WWW-Authenticate value of a fresh challenge, in the shape Atlas sends.</summary>
    public string Challenge(bool stale)
        => $"Digest realm=\"{Realm}\", domain=\"\", nonce=\"{_nonces.Issue()}\", algorithm=MD5, qop=\"auth\", stale={(stale ? "true" : "false")}";

    public DigestVerdict Verify(string method, string requestTarget, string? authorization)
    {
        if (string.IsNullOrEmpty(authorization) || !authorization.TrimStart().StartsWith("Digest", StringComparison.OrdinalIgnoreCase))
        {
            return new(DigestOutcome.Missing, null, "no Digest credentials");
        }

        var fields = DigestCredentialsParser.TryParse(authorization);
        if (fields is null)
        {
            return Rejected("malformed credentials");
        }

        string? Field(string name) => fields.TryGetValue(name, out var value) ? value : null;
        var username = Field("username");
        var realm = Field("realm");
        var nonce = Field("nonce");
        var uri = Field("uri");
        var response = Field("response");
        var qop = Field("qop");
        var ncText = Field("nc");
        var cnonce = Field("cnonce");
        var algorithm = Field("algorithm");
        if (username is null || realm is null || nonce is null || uri is null || response is null || ncText is null || cnonce is null)
        {
            return Rejected("a required parameter is missing");
        }

        if (!string.Equals(realm, Realm, StringComparison.Ordinal))
        {
            return Rejected("wrong realm");
        }

        if (algorithm is not null && !string.Equals(algorithm, "MD5", StringComparison.OrdinalIgnoreCase))
        {
            return Rejected("unsupported algorithm");
        }

        if (!string.Equals(qop, "auth", StringComparison.OrdinalIgnoreCase))
        {
            return Rejected("qop must be auth");
        }

        // RFC 7616 3.4.6: the digest-uri must name the request's own target, or a captured answer works elsewhere.
        if (!string.Equals(uri, requestTarget, StringComparison.Ordinal))
        {
            return Rejected("uri does not match the request target");
        }

        if (ncText.Length != 8 || !long.TryParse(ncText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var nc) || nc < 1)
        {
            return Rejected("nc must be 8 hex digits");
        }

        if (_privateKeyOf(username) is not { } password)
        {
            return Rejected("unknown user");
        }

        var ha1 = Md5Hex($"{username}:{realm}:{password}");
        var ha2 = Md5Hex($"{method}:{uri}");
        var expected = Md5Hex($"{ha1}:{nonce}:{ncText}:{cnonce}:{qop}:{ha2}");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response.ToLowerInvariant())))
        {
            return Rejected("wrong response hash");
        }

        // The hash is checked first: only a caller who knows the key learns that its nonce went stale.
        return _nonces.Use(nonce, nc) switch
        {
            NonceCheck.Accepted => new(DigestOutcome.Authenticated, username, null),
            NonceCheck.Replayed => new(DigestOutcome.Replayed, null, "nc " + ncText + " was already used with this nonce"),
            _ => new(DigestOutcome.Stale, null, "the nonce expired"),
        };
    }

    private static DigestVerdict Rejected(string reason) => new(DigestOutcome.Rejected, null, reason);

    private static string Md5Hex(string text)
    {
        // MD5 is what Atlas's digest realm offers; it authenticates a challenge here, it protects no data at rest.
#pragma warning disable CA5351
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }
}
