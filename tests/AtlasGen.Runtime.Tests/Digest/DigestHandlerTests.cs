using AtlasGen.Simulator.Authentication;
using System.Text;

namespace AtlasGen.Runtime.Tests.Digest;

/// <summary>The handler's exchange logic against the in-process fake server.</summary>
public class DigestHandlerTests
{
    private const string Key = "0f1e2d3c-private-key-4b5a6978";

    private static FakeDigestServer NewServer(Action<FakeDigestServer>? configure = null)
    {
        var server = new FakeDigestServer();
        server.Users[User] = Key;
        configure?.Invoke(server);
        return server;
    }

    /// <summary>A fake server set up as <see cref="NewServer"/> does, and a digest client that logs in to it.</summary>
    private static (FakeDigestServer Server, HttpClient Client) ServerAndClient(Action<FakeDigestServer>? configure = null)
    {
        var server = NewServer(configure);
        return (server, DigestTestClient.Create(server, User, Key).Client);
    }

    /// <summary>
    /// Warms a client up, lets <paramref name="invalidate"/> void the nonce it cached, and checks that the next GET still
    /// succeeds, at the cost of one retry logged as <paramref name="logEvent"/>; returns the request count from before that GET.
    /// </summary>
    private static async Task<(FakeDigestServer Server, HttpClient Client, int Before)> RetriedOnceAfterAsync(Action<FakeDigestServer> invalidate, string logEvent)
    {
        var server = NewServer();
        var logger = new FakeLogger();
        var (client, _) = DigestTestClient.Create(server, User, Key, logger);
        (await client.GetAsync("/a")).Dispose();
        var before = server.RequestCount;

        invalidate(server);
        using var response = await client.GetAsync("/b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount - before);
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Name == logEvent);
        return (server, client, before);
    }

    /// <summary>A GET that the server must accept; returns the Authorization header of the request it accepted.</summary>
    private static async Task<string?> AcceptedAuthorizationAsync(HttpClient client, FakeDigestServer server, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return server.Requests.Last().Authorization;
    }

    [Theory]
    [InlineData("MD5")]
    [InlineData("MD5-sess")]
    [InlineData("SHA-256")]
    [InlineData("SHA-256-sess")]
    [InlineData(null)]
    public async Task N_sequential_calls_cost_N_plus_1_requests(string? algorithm)
    {
        var (server, client) = ServerAndClient(s => s.Options.Algorithm = algorithm);

        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync($"/api/atlas/v2/groups?page={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(21, server.RequestCount);
        Assert.Equal(1, server.ChallengesIssued);
        // One nonce, nc 1..20 in order, and a new cnonce on every request.
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), server.AcceptedNonceCounts.Select(a => a.Nc));
        var cnonces = server.Requests.Where(r => r.Authorization is not null).Select(r => DigestCredentialsParser.TryParse(r.Authorization)!["cnonce"]).ToList();
        Assert.Equal(cnonces.Count, cnonces.Distinct().Count());
    }

    [Fact]
    public async Task Rfc2069_server_without_qop_is_answered()
    {
        var (server, client) = ServerAndClient(s => s.Options.Qop = null);

        var authorization = await AcceptedAuthorizationAsync(client, server, "/x");

        Assert.DoesNotContain("nc=", authorization);
    }

    [Fact]
    public async Task Stale_nonce_is_renewed_and_retried_once_without_the_caller_noticing()
    {
        var (server, client, before) = await RetriedOnceAfterAsync(s => s.ExpireAllNonces(), "DigestNonceRenewed");

        // And the renewed nonce is cached: the next call costs one request.
        (await client.GetAsync("/c")).Dispose();
        Assert.Equal(3, server.RequestCount - before);
    }

    [Fact]
    public async Task A_401_without_stale_to_a_cached_nonce_is_retried_once_with_the_fresh_challenge()
    {
        // e.g. the server restarted, or rejected an nc
        await RetriedOnceAfterAsync(s => s.ForgetAllNonces(), "DigestCachedNonceRejected");
    }

    [Fact]
    public async Task Wrong_credentials_never_loop()
    {
        var server = NewServer();
        var logger = new FakeLogger();
        var (client, _) = DigestTestClient.Create(server, User, "wrong-key", logger);

        for (var call = 1; call <= 3; call++)
        {
            using var response = await client.GetAsync("/a");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(2 * call, server.RequestCount); // the challenge and one answer, every time
        }

        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Name == "DigestCredentialsRejected" && r.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Credentials_revoked_after_warm_up_cost_at_most_two_requests()
    {
        var (server, client) = ServerAndClient();
        (await client.GetAsync("/a")).Dispose();
        server.Users[User] = "rotated";
        var before = server.RequestCount;

        using var response = await client.GetAsync("/b");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, server.RequestCount - before);
    }

    [Fact]
    public async Task Wrong_credentials_through_AtlasConnection_are_a_typed_authentication_error()
    {
        var server = NewServer();
        var (client, _) = DigestTestClient.Create(server, User, "wrong-key");
        using var connection = new AtlasConnection(client, new AtlasClientOptions { BaseAddress = DigestTestClient.BaseAddress });

        var ex = await Assert.ThrowsAsync<AtlasAuthenticationException>(() =>
            connection.SendAsync(new AtlasRequest(HttpMethod.Get, "getProject", "/api/atlas/v2/groups/{groupId}", "/api/atlas/v2/groups/1", "application/vnd.atlas.2023-02-01+json"), default));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("UNAUTHORIZED", ex.ErrorCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Concurrent_callers_get_strictly_rising_unique_nc_per_nonce()
    {
        var server = NewServer(); // CheckNc on: an out-of-order nc would be rejected
        var (client, _) = DigestTestClient.Create(server, User, Key);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
        {
            var result = new List<HttpStatusCode>();
            for (var i = 0; i < 50; i++)
            {
                using var response = await client.GetAsync($"/c{caller}/{i}");
                result.Add(response.StatusCode);
            }

            return result;
        })));

        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
        var accepted = server.AcceptedNonceCounts.ToList();
        Assert.Equal(800, accepted.Count);
        foreach (var group in accepted.GroupBy(a => a.Nonce))
        {
            var ncs = group.Select(a => a.Nc).ToList();
            Assert.Equal(ncs.Count, ncs.Distinct().Count());
            Assert.Equal(ncs.OrderBy(n => n), ncs); // in the order the server accepted them
        }

        // Each concurrent lane pays one challenge; no nc was ever rejected.
        var challenges = server.Requests.Count(r => r.Authorization is null);
        Assert.InRange(challenges, 1, 16);
        Assert.Equal(800 + challenges, server.RequestCount);
    }

    [Fact]
    public async Task Nc_never_repeats_for_a_nonce_the_server_shares_across_challenges()
    {
        var server = NewServer(s => { s.Options.ShareNonce = true; s.Options.CheckNonceCount = false; });
        var (client, _) = DigestTestClient.Create(server, User, Key);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                using var response = await client.GetAsync("/x");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        })));

        var ncs = server.AcceptedNonceCounts.Select(a => a.Nc).ToList();
        Assert.Equal(200, ncs.Count);
        Assert.Equal(ncs.Count, ncs.Distinct().Count());
    }

    public static IEnumerable<object[]> BodyMethods() => new[] { new object[] { "POST" }, new object[] { "PATCH" }, new object[] { "PUT" } };

    [Theory]
    [MemberData(nameof(BodyMethods))]
    public async Task Body_is_resent_intact_on_the_challenge_retry(string method)
    {
        var (server, client) = ServerAndClient();
        const string json = "{\"name\":\"demo\",\"orgId\":\"32b6e34b3d91647abb20e7b8\"}";

        // A forward-only stream: it can be read once, so only buffering can re-send it.
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/atlas/v2/groups")
        {
            Content = new StreamContent(new ForwardOnlyStream(Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
        Assert.All(server.Requests, r => Assert.Equal(json, Encoding.UTF8.GetString(r.Body)));
        Assert.Equal("application/json", server.Requests.Last().ContentType);
    }

    [Theory]
    [MemberData(nameof(BodyMethods))]
    public async Task Body_is_resent_intact_on_the_stale_retry(string method)
    {
        var (server, client) = ServerAndClient();
        (await client.GetAsync("/warm")).Dispose();
        server.ExpireAllNonces();
        const string json = "{\"value\":10}";

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/limits")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = server.Requests.Skip(2).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, r => Assert.Equal(json, Encoding.UTF8.GetString(r.Body)));
        Assert.All(sent, r => Assert.Equal(method, r.Method));
    }

    [Fact]
    public async Task Auth_int_is_used_when_it_is_the_only_qop_and_covers_the_body()
    {
        var server = NewServer(s => { s.Options.Qop = "auth-int"; s.Options.Algorithm = "SHA-256"; });
        var (client, _) = DigestTestClient.Create(server, User, Key);

        using var response = await client.PostAsync("/p", new StringContent("{\"a\":1}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the fake recomputes H(body) independently
        Assert.Contains("qop=auth-int", server.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Auth_is_preferred_when_auth_int_is_also_offered()
    {
        var (server, client) = ServerAndClient(s => s.Options.Qop = "auth-int,auth");

        using var response = await client.PostAsync("/p", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("qop=auth,", server.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Userhash_challenge_is_answered_with_the_hashed_name()
    {
        var server = NewServer(s => { s.Options.Userhash = true; s.Options.Algorithm = "SHA-256"; s.Options.Charset = "UTF-8"; });
        var (client, _) = DigestTestClient.Create(server, User, Key);

        using var response = await client.GetAsync("/u");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var auth = server.Requests.Last().Authorization!;
        Assert.Contains("userhash=true", auth);
        Assert.DoesNotContain(User, auth);
    }

    [Fact]
    public async Task Non_ascii_user_goes_as_username_star_and_is_accepted()
    {
        const string user = "J\u00e4s\u00f8n Doe";
        var server = NewServer(s => { s.Users[user] = "Secret, or not?"; s.Options.Charset = "UTF-8"; s.Options.Algorithm = "SHA-256"; });
        var (client, _) = DigestTestClient.Create(server, user, "Secret, or not?");

        var authorization = await AcceptedAuthorizationAsync(client, server, "/doe.json");

        Assert.StartsWith("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe,", authorization);
    }

    [Fact]
    public async Task Unsupported_algorithm_is_a_clear_error_that_names_it()
    {
        var (server, client) = ServerAndClient(s => s.ChallengeOverride = ["Digest realm=\"r\", nonce=\"n\", qop=\"auth\", algorithm=SHA-512-256"]);

        var ex = await Assert.ThrowsAsync<DigestAuthenticationException>(() => client.GetAsync("/x"));

        Assert.Contains("SHA-512-256", ex.Message);
        Assert.Contains("MD5", ex.Message); // and says what is supported
        Assert.Equal("SHA-512-256", ex.Algorithm);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task First_supported_challenge_across_header_fields_is_used()
    {
        var server = NewServer(s => s.ChallengeOverride = null);
        server.Options.Algorithm = "MD5";
        // First field: an algorithm we lack; second: Basic; third: MD5, which must be picked.
        var inner = new FakeServerHandler(server);
        var handler = new DigestAuthenticationHandler(User, Key, new ChallengePrefixHandler(inner,
            "Digest realm=\"atlas@example.org\", nonce=\"zz\", algorithm=SHA-512-256", "Basic realm=\"atlas@example.org\""));
        using var client = new HttpClient(handler) { BaseAddress = DigestTestClient.BaseAddress };

        var authorization = await AcceptedAuthorizationAsync(client, server, "/x");

        Assert.Contains("algorithm=MD5", authorization);
    }

    [Fact]
    public async Task Non_digest_401_is_returned_untouched()
    {
        var (server, client) = ServerAndClient(s => s.ChallengeOverride = ["Basic realm=\"r\""]);

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task A_caller_supplied_Authorization_header_is_left_alone()
    {
        var (server, client) = ServerAndClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/x");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal("Bearer t", server.Requests.Single().Authorization);
    }

    [Fact]
    public async Task State_is_cached_per_origin()
    {
        var server = NewServer();
        var handler = new DigestAuthenticationHandler(User, Key, new FakeServerHandler(server));
        using var client = new HttpClient(handler);

        (await client.GetAsync("https://one.test/a")).Dispose();
        (await client.GetAsync("https://one.test/b")).Dispose();
        (await client.GetAsync("https://two.test/a")).Dispose(); // another origin: no credentials up front
        (await client.GetAsync("https://one.test:8443/a")).Dispose(); // another port is another origin

        Assert.Equal(new[] { false, true, true, false, true, false, true }, server.Requests.Select(r => r.Authorization is not null));
    }

    /// <summary>Reads once, cannot seek: what a caller's upload stream often is.</summary>
    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private int _position;
        private bool _done;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_done)
            {
                throw new InvalidOperationException("The stream was already read to its end.");
            }

            var n = Math.Min(count, data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            _done = n == 0;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Adds extra WWW-Authenticate fields in front of the fake server's own.</summary>
    private sealed class ChallengePrefixHandler(HttpMessageHandler inner, params string[] prefix) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.NonValidated.TryGetValues("WWW-Authenticate", out var own))
            {
                var all = prefix.Concat(own).ToList();
                response.Headers.Remove("WWW-Authenticate");
                foreach (var value in all)
                {
                    response.Headers.TryAddWithoutValidation("WWW-Authenticate", value);
                }
            }

            return response;
        }
    }
}
