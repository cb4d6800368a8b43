using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>
/// An in-process server (the primary handler of the HttpClient) that challenges unauthorized requests with HTTP Digest
/// and answers authorized ones with the given statuses in turn, then 200 with an empty project page. It records the
/// nc of every authorized request; it does not check the digest, which the runtime tests do.
/// </summary>
internal sealed partial class FakeDigestServer : HttpMessageHandler
{
    private readonly HttpStatusCode[] _statuses;
    private int _authorized;
    private int _challenges;

    public FakeDigestServer(params HttpStatusCode[] statuses) => _statuses = statuses;

    /// <summary>The nc of each authorized request, in arrival order.</summary>
    public ConcurrentQueue<string> NonceCounts { get; } = new();

    /// <summary>How many requests came without an Authorization header.</summary>
    public int Challenges => Volatile.Read(ref _challenges);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is not { } authorization)
        {
            Interlocked.Increment(ref _challenges);
            var challenge = new HttpResponseMessage(HttpStatusCode.Unauthorized) { RequestMessage = request };
            challenge.Headers.TryAddWithoutValidation("WWW-Authenticate", "Digest realm=\"MMS Public API\", domain=\"\", nonce=\"fake-nonce\", algorithm=MD5, qop=\"auth\", stale=false");
            return Task.FromResult(challenge);
        }

        NonceCounts.Enqueue(NcPattern().Match(authorization.Parameter ?? "").Groups[1].Value);
        var index = Interlocked.Increment(ref _authorized) - 1;
        var status = index < _statuses.Length ? _statuses[index] : HttpStatusCode.OK;
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (status == HttpStatusCode.OK)
        {
            response.Content = new StringContent("{\"results\":[],\"totalCount\":0}", Encoding.UTF8, "application/vnd.atlas.2023-01-01+json");
        }
        else
        {
            response.Headers.TryAddWithoutValidation("Retry-After", "0");
            response.Content = new StringContent("{\"detail\":\"busy\",\"error\":" + (int)status + ",\"errorCode\":\"SERVICE_UNAVAILABLE\",\"reason\":\"Service Unavailable\"}", Encoding.UTF8, "application/json");
        }

        return Task.FromResult(response);
    }

    [GeneratedRegex("nc=\"?([0-9a-fA-F]{8})")]
    private static partial Regex NcPattern();
}
