using System.Globalization;
using System.Text;

namespace AtlasGen.Runtime;

/// <summary>Computes the digest <c>response</c> and writes the <c>Authorization</c> parameters (RFC 7616 §3.4).</summary>
internal static class DigestAuthorizationBuilder
{
    /// <summary>
    /// The <c>response</c> value. <paramref name="userRealmPasswordHash"/> is H(username:realm:password); for a
    /// <c>-sess</c> algorithm A1 also covers this request's nonce and cnonce, as stateless servers recompute it so.
    /// </summary>
    public static string ComputeResponse(DigestAlgorithm algorithm, string userRealmPasswordHash, string nonce, string? qop,
        string nonceCount, string cnonce, string method, string uri, ReadOnlySpan<byte> body)
    {
        var ha1 = algorithm.IsSession ? algorithm.Hash(userRealmPasswordHash + ":" + nonce + ":" + cnonce) : userRealmPasswordHash;
        var a2 = qop == "auth-int" ? method + ":" + uri + ":" + algorithm.Hash(body) : method + ":" + uri;
        var ha2 = algorithm.Hash(a2);
        return qop is null
            ? algorithm.Hash(ha1 + ":" + nonce + ":" + ha2) // RFC 2069 compatibility
            : algorithm.Hash(string.Join(':', ha1, nonce, nonceCount, cnonce, qop, ha2));
    }

    /// <summary>nc as RFC 7616 wants it: 8 lower-case hex digits.</summary>
    public static string FormatNonceCount(long nc) => nc.ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The credentials part of <c>Authorization: Digest ...</c> for one request.</summary>
    public static string Build(DigestNonceState state, DigestCredentials credentials, string method, string uri, long nc, string cnonce, ReadOnlySpan<byte> body)
    {
        var challenge = state.Challenge;
        var nonceCount = FormatNonceCount(nc);
        var response = ComputeResponse(state.Algorithm, state.UserRealmPasswordHash, challenge.Nonce, state.Qop, nonceCount, cnonce, method, uri, body);

        var header = new StringBuilder(320);
        if (state.UsernameHash is { } usernameHash)
        {
            AppendQuoted(header, "username", usernameHash);
        }
        else if (IsPlainAscii(credentials.Username))
        {
            AppendQuoted(header, "username", credentials.Username);
        }
        else
        {
            // RFC 7616 §3.4: a name a quoted-string cannot carry goes as username* (RFC 8187 ext-value).
            header.Append("username*=UTF-8''").Append(EncodeExtValue(credentials.Username));
        }

        AppendQuoted(header.Append(", "), "realm", challenge.Realm);
        AppendQuoted(header.Append(", "), "uri", uri);
        if (challenge.AlgorithmToken is { } algorithmToken)
        {
            header.Append(", algorithm=").Append(algorithmToken);
        }

        AppendQuoted(header.Append(", "), "nonce", challenge.Nonce);
        if (state.Qop is not null)
        {
            header.Append(", nc=").Append(nonceCount);
        }

        if (state.Qop is not null || state.Algorithm.IsSession)
        {
            AppendQuoted(header.Append(", "), "cnonce", cnonce);
        }

        if (state.Qop is not null)
        {
            header.Append(", qop=").Append(state.Qop);
        }

        AppendQuoted(header.Append(", "), "response", response);
        if (challenge.Opaque is not null)
        {
            AppendQuoted(header.Append(", "), "opaque", challenge.Opaque);
        }

        if (state.UsernameHash is not null)
        {
            header.Append(", userhash=true");
        }

        return header.ToString();
    }

    private static void AppendQuoted(StringBuilder builder, string name, string value)
    {
        builder.Append(name).Append("=\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append('"');
    }

    private static bool IsPlainAscii(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    // RFC 8187 §3.2.1: attr-char stays, every other UTF-8 byte is %XX.
    internal static string EncodeExtValue(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '&' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
