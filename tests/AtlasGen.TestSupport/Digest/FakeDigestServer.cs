using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using AtlasGen.Simulator.Authentication;

namespace AtlasGen.TestSupport;

/// <summary>
/// A digest server for tests: the simulator's <see cref="DigestVerifier"/> (its own arithmetic, sharing no code with the
/// client's handler) behind a request log and a script of answers. <see cref="Options"/> makes it another server
/// (algorithms, qop, userhash, one shared nonce, no nc check); <see cref="ExpireAllNonces"/> and
/// <see cref="ForgetAllNonces"/> make it misbehave on demand. Thread-safe. Host it in memory with
/// <see cref="FakeServerHandler"/> or on a socket with <see cref="LoopbackServer"/>.
/// </summary>
public sealed class FakeDigestServer
{
    private readonly object _gate = new();
    private readonly DigestVerifier _verifier;
    private int _requestCount;
    private int _challenges;

    /// <summary>A server that differs from Atlas where a client must not care: its own realm, an opaque, no domain, and a
    /// nonce it does not know is answered without stale, as by a restarted server.</summary>
    public FakeDigestServer()
        : this(new DigestServerOptions { Realm = "atlas@example.org", Domain = null, IssueOpaque = true, UnknownNonceIsStale = false })
    {
    }

    /// <summary>A server with the given options; <c>new DigestServerOptions()</c> is Atlas's.</summary>
    public FakeDigestServer(DigestServerOptions options)
        => _verifier = new DigestVerifier(options, TimeProvider.System, user => Users.TryGetValue(user, out var password) ? password : null, () => Users.Keys);

    /// <summary>How it challenges and what it accepts; may change between requests.</summary>
    public DigestServerOptions Options => _verifier.Options;

    /// <summary>User name to password.</summary>
    public Dictionary<string, string> Users { get; } = new(StringComparer.Ordinal);

    /// <summary>Raw WWW-Authenticate values to send instead of the verifier's challenge (a server this client cannot answer).</summary>
    public string[]? ChallengeOverride { get; set; }

    /// <summary>Called after a request is authenticated; returns a response to send instead of the default 200 echo.</summary>
    public Func<RecordedRequest, FakeResponse?>? OnAuthenticated { get; set; }

    /// <summary>What an authenticated request gets when <see cref="OnAuthenticated"/> gives nothing; null: a 200 echo of
    /// the method and the body's length.</summary>
    public FakeResponse? DefaultResponse { get; set; }

    /// <summary>Keeps <see cref="Requests"/> and <see cref="AcceptedNonceCounts"/>; a benchmark turns it off so memory stays flat.</summary>
    public bool RecordRequests { get; set; } = true;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Every (nonce, nc) the server accepted, in acceptance order (nc 0 without qop).</summary>
    public ConcurrentQueue<(string Nonce, long Nc)> AcceptedNonceCounts { get; } = new();

    public int RequestCount => Volatile.Read(ref _requestCount);

    public int ChallengesIssued => Volatile.Read(ref _challenges);

    /// <summary>Answers the authenticated requests with <paramref name="responses"/> in turn (a null entry: the default);
    /// past its end, the default.</summary>
    public FakeDigestServer Script(params FakeResponse?[] responses)
    {
        var next = -1;
        OnAuthenticated = _ => Interlocked.Increment(ref next) is var index && index < responses.Length ? responses[index] : null;
        return this;
    }

    /// <summary>Marks every issued nonce stale: its next use gets 401 with stale=true.</summary>
    public void ExpireAllNonces() => _verifier.ExpireAllNonces();

    /// <summary>Forgets every nonce: its next use gets a fresh challenge without stale (like a restarted server).</summary>
    public void ForgetAllNonces() => _verifier.ForgetAllNonces();

    public FakeResponse Handle(RecordedRequest request)
    {
        Interlocked.Increment(ref _requestCount);
        if (RecordRequests)
        {
            Requests.Enqueue(request);
        }

        DigestVerdict verdict;
        // One verification at a time, so AcceptedNonceCounts is in the order the nc checks passed.
        lock (_gate)
        {
            verdict = _verifier.Verify(request.Method, request.PathAndQuery, request.Authorization, request.Body);
            if (verdict.IsAuthenticated && RecordRequests)
            {
                AcceptedNonceCounts.Enqueue((verdict.Nonce!, verdict.NonceCount));
            }
        }

        if (!verdict.IsAuthenticated)
        {
            // Apache's answer to a replayed nc too: a fresh nonce, without stale.
            return Challenge(stale: verdict.Outcome == DigestOutcome.Stale);
        }

        return OnAuthenticated?.Invoke(request)
            ?? DefaultResponse
            ?? new FakeResponse(200, $"{{\"method\":\"{request.Method}\",\"bodyLength\":{request.Body.Length}}}");
    }

    private FakeResponse Challenge(bool stale)
    {
        Interlocked.Increment(ref _challenges);
        var response = new FakeResponse(401, "{\"error\":401,\"errorCode\":\"UNAUTHORIZED\",\"detail\":\"You are not authorized for this resource.\",\"reason\":\"Unauthorized\",\"parameters\":[]}");
        foreach (var value in ChallengeOverride ?? [_verifier.Challenge(stale)])
        {
            response.With("WWW-Authenticate", value);
        }

        return response;
    }
}
