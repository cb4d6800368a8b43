using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace AtlasGen.Runtime.Tests.Fakes;

/// <summary>
/// An in-process digest server with its own, independent digest arithmetic (it shares no code with the handler).
/// It checks every field, tracks nc per nonce like Apache's AuthDigestNcCheck (strictly above the last one), and can
/// expire or forget nonces on demand. Thread-safe.
/// </summary>
public sealed partial class FakeDigestServer
{
    private readonly object _gate = new();
    private readonly Dictionary<string, NonceInfo> _nonces = new(StringComparer.Ordinal);
    private int _nonceSeq;
    private int _opaqueSeq;

    public string Realm { get; set; } = "atlas@example.org";

    /// <summary>User name to password.</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>The algorithm token the challenge sends (null: none, meaning MD5).</summary>
    public string? Algorithm { get; set; } = "MD5";

    /// <summary>The qop list the challenge offers, as sent (null: no qop, RFC 2069).</summary>
    public string? Qop { get; set; } = "auth";

    public bool Userhash { get; set; }

    public string? Charset { get; set; }

    /// <summary>Reject an nc that is not above the last accepted one for the nonce.</summary>
    public bool CheckNc { get; set; } = true;

    /// <summary>Issue one nonce for every challenge (like a server whose nonce is per time window).</summary>
    public bool SharedNonce { get; set; }

    /// <summary>Raw WWW-Authenticate values to send instead of the generated challenge.</summary>
    public string[]? ChallengeOverride { get; set; }

    /// <summary>Called after a request is authenticated; returns a response to send instead of the default 200 echo.</summary>
    public Func<RecordedRequest, FakeResponse?>? OnAuthenticated { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Every (nonce, nc) the server accepted, in acceptance order.</summary>
    public ConcurrentQueue<(string Nonce, long Nc)> AcceptedNonceCounts { get; } = new();

    public int RequestCount => Requests.Count;

    public int ChallengesIssued => Volatile.Read(ref _nonceSeq);

    /// <summary>Marks every issued nonce stale: its next use gets 401 with stale=true.</summary>
    public void ExpireAllNonces()
    {
        lock (_gate)
        {
            foreach (var info in _nonces.Values)
            {
                info.Stale = true;
            }
        }
    }

    /// <summary>Forgets every nonce: its next use gets a fresh challenge without stale (like a restarted server).</summary>
    public void ForgetAllNonces()
    {
        lock (_gate)
        {
            _nonces.Clear();
        }
    }

    public FakeResponse Handle(RecordedRequest request)
    {
        Requests.Enqueue(request);
        if (request.Authorization is null || !request.Authorization.StartsWith("Digest ", StringComparison.OrdinalIgnoreCase))
        {
            return Challenge(stale: false);
        }

        var p = ParseAuthorization(request.Authorization.Substring(7));
        var nonce = p.GetValueOrDefault("nonce");
        NonceInfo? info;
        lock (_gate)
        {
            info = nonce is null ? null : _nonces.GetValueOrDefault(nonce);
        }

        if (info is null)
        {
            return Challenge(stale: false);
        }

        var username = ResolveUsername(p);
        if (username is null || !Users.TryGetValue(username, out var password) || p.GetValueOrDefault("realm") != Realm
            || p.GetValueOrDefault("uri") != request.PathAndQuery || p.GetValueOrDefault("opaque") != info.Opaque
            || !string.Equals(p.GetValueOrDefault("algorithm"), Algorithm, StringComparison.Ordinal))
        {
            return Challenge(stale: false);
        }

        var qop = p.GetValueOrDefault("qop");
        var offered = Qop?.Split(',', StringSplitOptions.TrimEntries) ?? [];
        if ((qop is null) != (offered.Length == 0) || (qop is not null && !offered.Contains(qop)))
        {
            return Challenge(stale: false);
        }

        var expected = ExpectedResponse(username, password, request, nonce!, p, qop);
        if (!string.Equals(expected, p.GetValueOrDefault("response"), StringComparison.Ordinal))
        {
            return Challenge(stale: false);
        }

        long nc = 0;
        lock (_gate)
        {
            if (info.Stale)
            {
                return Challenge(stale: true);
            }

            if (qop is not null)
            {
                nc = Convert.ToInt64(p["nc"], 16);
                if (CheckNc && nc <= info.LastNc)
                {
                    return Challenge(stale: false); // Apache: "nonce-count check failed", fresh nonce, no stale
                }

                info.LastNc = Math.Max(info.LastNc, nc);
            }

            AcceptedNonceCounts.Enqueue((nonce!, nc));
        }

        return OnAuthenticated?.Invoke(request)
            ?? new FakeResponse(200, $"{{\"method\":\"{request.Method}\",\"bodyLength\":{request.Body.Length}}}");
    }

    private string? ResolveUsername(Dictionary<string, string> p)
    {
        if (p.TryGetValue("username*", out var extended))
        {
            var quote = extended.IndexOf("''", StringComparison.Ordinal);
            return quote < 0 || !extended.StartsWith("UTF-8", StringComparison.OrdinalIgnoreCase) ? null : Uri.UnescapeDataString(extended[(quote + 2)..]);
        }

        var username = p.GetValueOrDefault("username");
        if (username is not null && string.Equals(p.GetValueOrDefault("userhash"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return Users.Keys.FirstOrDefault(u => H(u + ":" + Realm) == username);
        }

        return username;
    }

    private string ExpectedResponse(string username, string password, RecordedRequest request, string nonce, Dictionary<string, string> p, string? qop)
    {
        var cnonce = p.GetValueOrDefault("cnonce") ?? "";
        var ha1 = H($"{username}:{Realm}:{password}");
        if (Algorithm?.EndsWith("-sess", StringComparison.OrdinalIgnoreCase) == true)
        {
            ha1 = H($"{ha1}:{nonce}:{cnonce}");
        }

        var ha2 = qop == "auth-int" ? H($"{request.Method}:{request.PathAndQuery}:{HBytes(request.Body)}") : H($"{request.Method}:{request.PathAndQuery}");
        return qop is null ? H($"{ha1}:{nonce}:{ha2}") : H($"{ha1}:{nonce}:{p["nc"]}:{cnonce}:{qop}:{ha2}");
    }

    private FakeResponse Challenge(bool stale)
    {
        var response = new FakeResponse(401, "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\",\"detail\":\"You are not authorized for this resource.\",\"reason\":\"Unauthorized\",\"parameters\":[]}");
        if (ChallengeOverride is not null)
        {
            Interlocked.Increment(ref _nonceSeq);
            foreach (var value in ChallengeOverride)
            {
                response.With("WWW-Authenticate", value);
            }

            return response;
        }

        string nonce, opaque;
        lock (_gate)
        {
            var seq = Interlocked.Increment(ref _nonceSeq);
            nonce = SharedNonce ? "shared-nonce" : Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)) + seq;
            if (!_nonces.TryGetValue(nonce, out var info) || info.Stale)
            {
                info = new NonceInfo { Opaque = "opaque-" + Interlocked.Increment(ref _opaqueSeq) };
                _nonces[nonce] = info;
            }

            opaque = info.Opaque;
        }

        var header = new StringBuilder($"Digest realm=\"{Realm}\", nonce=\"{nonce}\", opaque=\"{opaque}\"");
        if (Qop is not null)
        {
            header.Append($", qop=\"{Qop}\"");
        }

        if (Algorithm is not null)
        {
            header.Append($", algorithm={Algorithm}");
        }

        if (stale)
        {
            header.Append(", stale=true");
        }

        if (Charset is not null)
        {
            header.Append($", charset={Charset}");
        }

        if (Userhash)
        {
            header.Append(", userhash=true");
        }

        return response.With("WWW-Authenticate", header.ToString());
    }

    private string H(string value) => HBytes(Encoding.UTF8.GetBytes(value));

    private string HBytes(byte[] value)
        => Convert.ToHexStringLower(Algorithm?.StartsWith("SHA-256", StringComparison.OrdinalIgnoreCase) == true ? SHA256.HashData(value) : MD5.HashData(value));

    [GeneratedRegex("""([A-Za-z0-9_-]+\*?)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))""")]
    private static partial Regex AuthParam();

    internal static Dictionary<string, string> ParseAuthorization(string value)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in AuthParam().Matches(value))
        {
            var v = m.Groups[2].Success ? Regex.Replace(m.Groups[2].Value, @"\\(.)", "$1") : m.Groups[3].Value;
            result.TryAdd(m.Groups[1].Value, v);
        }

        return result;
    }

    private sealed class NonceInfo
    {
        public required string Opaque { get; init; }

        public long LastNc { get; set; }

        public bool Stale { get; set; }
    }
}
