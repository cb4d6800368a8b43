using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AtlasGen.Simulator.Authentication;

/// <summary>
/// The server side of HTTP Digest (RFC 7616, and RFC 2069 without qop), as Atlas offers it by default: MD5, qop=auth,
/// one realm. Checks the response hash, the digest-uri against the request target, the nonce's lifetime and a strictly
/// rising nc per nonce. Its own arithmetic, independent of the client's, so each checks the other.
/// <see cref="DigestServerOptions"/> makes it another server for tests: other algorithms and qops, userhash, opaque,
/// one shared nonce. Thread-safe.
/// </summary>
public sealed class DigestVerifier
{
    private readonly DigestNonceStore _nonces;
    private readonly Func<string, string?> _passwordOf;
    private readonly Func<IEnumerable<string>>? _usernames;

    /// <summary>A digest server with its own nonces.</summary>
    /// <param name="options">How it challenges and what it accepts; read on every call.</param>
    /// <param name="time">The clock behind nonce lifetimes.</param>
    /// <param name="passwordOf">A user's password (an API key's private key), or null for an unknown user.</param>
    /// <param name="usernames">Every user name, to resolve a hashed one; needed only with <see cref="DigestServerOptions.Userhash"/>.</param>
    public DigestVerifier(DigestServerOptions options, TimeProvider time, Func<string, string?> passwordOf, Func<IEnumerable<string>>? usernames = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(passwordOf);
        Options = options;
        _nonces = new DigestNonceStore(time, options.NonceLifetime);
        _passwordOf = passwordOf;
        _usernames = usernames;
    }

    internal DigestVerifier(string realm, DigestNonceStore nonces, Func<string, string?> privateKeyOf)
    {
        Options = new DigestServerOptions { Realm = realm };
        _nonces = nonces;
        _passwordOf = privateKeyOf;
    }

    /// <summary>How it challenges and what it accepts.</summary>
    public DigestServerOptions Options { get; }

    /// <summary>The realm announced and required.</summary>
    public string Realm => Options.Realm;

    /// <summary>The WWW-Authenticate value of a fresh challenge; with the default options, in the shape Atlas sends.</summary>
    public string Challenge(bool stale)
    {
        var (nonce, opaque) = _nonces.Issue(Options.ShareNonce, Options.IssueOpaque);
        var header = new StringBuilder("Digest realm=\"").Append(Options.Realm).Append('"');
        if (Options.Domain is { } domain)
        {
            header.Append(", domain=\"").Append(domain).Append('"');
        }

        header.Append(", nonce=\"").Append(nonce).Append('"');
        if (opaque is not null)
        {
            header.Append(", opaque=\"").Append(opaque).Append('"');
        }

        if (Options.Algorithm is { } algorithm)
        {
            header.Append(", algorithm=").Append(algorithm);
        }

        if (Options.Qop is { } qop)
        {
            header.Append(", qop=\"").Append(qop).Append('"');
        }

        header.Append(", stale=").Append(stale ? "true" : "false");
        if (Options.Charset is { } charset)
        {
            header.Append(", charset=").Append(charset);
        }

        if (Options.Userhash)
        {
            header.Append(", userhash=true");
        }

        return header.ToString();
    }

    /// <summary>Makes every issued nonce expire now, as time would: the next answer to one gets <c>stale=true</c>.</summary>
    public void ExpireAllNonces() => _nonces.ExpireAll();

    /// <summary>Forgets every issued nonce, as a restarted server would.</summary>
    public void ForgetAllNonces() => _nonces.ForgetAll();

    /// <summary>Checks a request's credentials; for <c>qop=auth-int</c> use the overload with the body.</summary>
    public DigestVerdict Verify(string method, string requestTarget, string? authorization)
        => Verify(method, requestTarget, authorization, ReadOnlySpan<byte>.Empty);

    /// <summary>Checks a request's credentials against its method, target (path and query) and body.</summary>
    public DigestVerdict Verify(string method, string requestTarget, string? authorization, ReadOnlySpan<byte> body)
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
        var realm = Field("realm");
        var nonce = Field("nonce");
        var uri = Field("uri");
        var response = Field("response");
        var qop = Field("qop");
        var ncText = Field("nc");
        var cnonce = Field("cnonce");
        if (realm is null || nonce is null || uri is null || response is null)
        {
            return Rejected("a required parameter is missing");
        }

        if (!string.Equals(realm, Options.Realm, StringComparison.Ordinal))
        {
            return Rejected("wrong realm");
        }

        var announced = Options.Algorithm ?? "MD5";
        if (!string.Equals(Field("algorithm") ?? "MD5", announced, StringComparison.OrdinalIgnoreCase))
        {
            return Rejected("unsupported algorithm");
        }

        var offered = Options.Qop?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (offered.Length == 0 ? qop is not null : qop is null || !offered.Contains(qop, StringComparer.OrdinalIgnoreCase))
        {
            return Rejected(offered.Length == 0 ? "qop was not offered" : "qop must be one of " + Options.Qop);
        }

        long? nc = null;
        if (qop is not null)
        {
            if (cnonce is null || ncText is null)
            {
                return Rejected("a required parameter is missing");
            }

            if (ncText.Length != 8 || !long.TryParse(ncText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                return Rejected("nc must be 8 hex digits");
            }

            nc = count;
        }

        // RFC 7616 3.4.6: the digest-uri must name the request's own target, or a captured answer works elsewhere.
        if (!string.Equals(uri, requestTarget, StringComparison.Ordinal))
        {
            return Rejected("uri does not match the request target");
        }

        if (Options.IssueOpaque && !string.Equals(Field("opaque"), _nonces.OpaqueOf(nonce), StringComparison.Ordinal))
        {
            return Rejected("opaque does not match the nonce's");
        }

        var hash = HashOf(announced);
        if (ResolveUsername(fields, hash) is not { } username || _passwordOf(username) is not { } password)
        {
            return Rejected("unknown user");
        }

        var ha1 = hash($"{username}:{realm}:{password}");
        if (announced.EndsWith("-sess", StringComparison.OrdinalIgnoreCase))
        {
            ha1 = hash($"{ha1}:{nonce}:{cnonce}");
        }

        var ha2 = string.Equals(qop, "auth-int", StringComparison.OrdinalIgnoreCase)
            ? hash($"{method}:{uri}:{Hex(announced, body)}")
            : hash($"{method}:{uri}");
        var expected = qop is null ? hash($"{ha1}:{nonce}:{ha2}") : hash($"{ha1}:{nonce}:{ncText}:{cnonce}:{qop}:{ha2}");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response.ToLowerInvariant())))
        {
            return Rejected("wrong response hash");
        }

        // The hash is checked first: only a caller who knows the key learns that its nonce went stale.
        return _nonces.Use(nonce, nc, Options.CheckNonceCount) switch
        {
            NonceCheck.Accepted => new(DigestOutcome.Authenticated, username, null, nonce, nc ?? 0),
            NonceCheck.Replayed => new(DigestOutcome.Replayed, null, "nc " + ncText + " was already used with this nonce"),
            NonceCheck.Unknown when !Options.UnknownNonceIsStale => Rejected("unknown nonce"),
            _ => new(DigestOutcome.Stale, null, "the nonce expired"),
        };
    }

    // RFC 7616 3.4.4: username*=UTF-8''percent-encoded for names outside ASCII; with userhash, username is H(name:realm).
    private string? ResolveUsername(Dictionary<string, string> fields, Func<string, string> hash)
    {
        if (fields.TryGetValue("username*", out var extended))
        {
            var parts = extended.Split('\'', 3);
            return fields.ContainsKey("username") || parts.Length != 3 || !string.Equals(parts[0], "UTF-8", StringComparison.OrdinalIgnoreCase)
                ? null
                : Uri.UnescapeDataString(parts[2]);
        }

        if (!fields.TryGetValue("username", out var username))
        {
            return null;
        }

        if (!fields.TryGetValue("userhash", out var userhash) || !string.Equals(userhash, "true", StringComparison.OrdinalIgnoreCase))
        {
            return username;
        }

        return Options.Userhash && _usernames is not null
            ? _usernames().FirstOrDefault(name => string.Equals(hash($"{name}:{Options.Realm}"), username, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static DigestVerdict Rejected(string reason) => new(DigestOutcome.Rejected, null, reason);

    private static Func<string, string> HashOf(string algorithm)
    {
        var sha256 = algorithm.StartsWith("SHA-256", StringComparison.OrdinalIgnoreCase);
        if (!sha256 && !algorithm.StartsWith("MD5", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"DigestServerOptions.Algorithm '{algorithm}' is not MD5, MD5-sess, SHA-256 or SHA-256-sess.");
        }

        return text => Hex(algorithm, Encoding.UTF8.GetBytes(text));
    }

    private static string Hex(string algorithm, ReadOnlySpan<byte> data)
    {
        if (algorithm.StartsWith("SHA-256", StringComparison.OrdinalIgnoreCase))
        {
            return Convert.ToHexStringLower(SHA256.HashData(data));
        }

        // MD5 is what Atlas's digest realm offers; it authenticates a challenge here, it protects no data at rest.
#pragma warning disable CA5351
        return Convert.ToHexStringLower(MD5.HashData(data));
#pragma warning restore CA5351
    }
}
