using System.Text;

namespace AtlasGen.Runtime.Tests.Apache;

/// <summary>The handler against a real Apache httpd with mod_auth_digest (MD5, qop=auth, like Atlas).</summary>
public class ApacheInteropTests(ApacheFixture apache) : IClassFixture<ApacheFixture>
{
    private HttpClient NewClient(string password = ApacheFixture.Password, FakeLogger? logger = null)
    {
        apache.EnsureStarted();
        return new HttpClient(new DigestAuthenticationHandler(ApacheFixture.User, password, new SocketsHttpHandler { AllowAutoRedirect = false }, logger))
        {
            BaseAddress = apache.BaseAddress,
        };
    }

    private static string NewTag() => "t=" + Guid.NewGuid().ToString("N");

    [ApacheFact]
    public async Task Fifty_sequential_GETs_cost_51_requests()
    {
        using var client = NewClient();
        var tag = NewTag();

        for (var i = 0; i < 50; i++)
        {
            using var response = await client.GetAsync($"/auth/hello.txt?{tag}&i={i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("hello\n", await response.Content.ReadAsStringAsync());
        }

        var lines = await apache.LogLinesAsync(tag, atLeast: 51);
        Assert.Equal(51, lines.Length);
        Assert.EndsWith(" 401", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(" 200", l));
    }

    [ApacheFact]
    public async Task Json_bodies_arrive_intact_for_POST_PUT_and_PATCH()
    {
        using var client = NewClient();
        var tag = NewTag();

        foreach (var method in new[] { "POST", "PUT", "PATCH", "POST" })
        {
            var json = $"{{\"name\":\"demo, \\\"quoted\\\" \u00e9\",\"method\":\"{method}\",\"limits\":[1,2,3]}}";
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/cgi-bin/echo?{tag}")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(method, response.Headers.GetValues("X-Method").Single());
            Assert.Equal(json, await response.Content.ReadAsStringAsync()); // the CGI script echoed what it read
        }

        // The first call paid the challenge (its body was re-sent), the rest were authorized up front.
        var lines = await apache.LogLinesAsync(tag, atLeast: 5);
        Assert.Equal(new[] { "401", "200", "200", "200", "200" }, lines.Select(l => l.Split(' ')[^1]));
    }

    [ApacheFact]
    public async Task Sixteen_concurrent_callers_times_fifty_calls_all_succeed_with_nc_checking()
    {
        using var client = NewClient();
        var tag = NewTag();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(caller => Task.Run(async () =>
        {
            var ok = 0;
            for (var i = 0; i < 50; i++)
            {
                using var response = await client.GetAsync($"/auth/hello.txt?{tag}&c={caller}&i={i}");
                ok += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
            }

            return ok;
        })));

        Assert.All(statuses, ok => Assert.Equal(50, ok));
        var lines = await apache.LogLinesAsync(tag, atLeast: 801);
        var challenges = lines.Count(l => l.EndsWith(" 401", StringComparison.Ordinal));
        Assert.Equal(800, lines.Count(l => l.EndsWith(" 200", StringComparison.Ordinal)));
        // Only the first call of each concurrent lane pays a challenge: no nc was ever rejected.
        Assert.InRange(challenges, 1, 16);
        Assert.Equal(800 + challenges, lines.Length);
    }

    [ApacheFact]
    public async Task Stale_nonces_are_renewed_without_the_caller_noticing()
    {
        var logger = new FakeLogger();
        using var client = NewClient(logger: logger);
        var tag = NewTag();
        (await client.GetAsync($"/stale/hello.txt?{tag}&i=0")).Dispose();

        await Task.Delay(TimeSpan.FromSeconds(3.5)); // AuthDigestNonceLifetime is 2 s
        using var response = await client.GetAsync($"/stale/hello.txt?{tag}&i=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "401", "200", "401", "200" }, (await apache.LogLinesAsync(tag, atLeast: 4)).Select(l => l.Split(' ')[^1]));
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Name == "DigestNonceRenewed");
    }

    [ApacheFact]
    public async Task Wrong_password_is_a_typed_authentication_error_after_two_requests()
    {
        apache.EnsureStarted();
        var tag = NewTag();
        using var connection = new AtlasConnection(new AtlasClientOptions
        {
            BaseAddress = apache.BaseAddress, PublicKey = ApacheFixture.User, PrivateKey = "not-the-key",
        });

        var ex = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => connection.SendAsync(
            new AtlasRequest(HttpMethod.Get, "getProject", "/auth/hello.txt", $"/auth/hello.txt?{tag}", "application/json"), default));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal(2, (await apache.LogLinesAsync(tag, atLeast: 2)).Length);
        Assert.DoesNotContain("not-the-key", ex.ToString());
    }
}
