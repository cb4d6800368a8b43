using System.Text;

namespace AtlasGen.Runtime.Tests.Resilience;

/// <summary>Retry of 429, and of 503 and network failures for idempotent methods, through the factory's chain: retry → digest → transport.</summary>
public class RetryTests
{
    private const string Key = "private";

    private static (FakeDigestServer Server, HttpClient Client, RecordingTimeProvider Time) Create(AtlasRetryOptions retry, params FakeResponse?[] script)
    {
        var server = new FakeDigestServer().Script(script);
        server.Users[User] = Key;
        var time = new RecordingTimeProvider();
        var options = new AtlasClientOptions { BaseAddress = DigestTestClient.BaseAddress, PublicKey = User, PrivateKey = Key, Retry = retry };
        var client = AtlasHttpClientFactory.Create(options, new FakeServerHandler(server), loggerFactory: null, time);
        return (server, client, time);
    }

    [Fact]
    public async Task Retry_is_on_by_default()
    {
        Assert.True(new AtlasClientOptions().Retry.Enabled);
        var (server, client, time) = Create(new AtlasRetryOptions(), new FakeResponse(429).With("Retry-After", "3"));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { TimeSpan.FromSeconds(3) }, time.Delays);
        Assert.Equal(3, server.RequestCount); // the digest challenge, the 429 and the retry
    }

    [Fact]
    public async Task Disabled_retry_returns_the_first_response()
    {
        var (server, client, time) = Create(new AtlasRetryOptions { Enabled = false }, new FakeResponse(503).With("Retry-After", "1"));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(time.Delays);
        Assert.Equal(2, server.RequestCount); // the digest challenge and the one authorized attempt
    }

    [Fact]
    public async Task Service_unavailable_waits_at_least_Retry_After_then_backs_off_exponentially()
    {
        var (server, client, time) = Create(new AtlasRetryOptions { BaseDelay = TimeSpan.FromSeconds(1) },
            new FakeResponse(503).With("Retry-After", "7"), new FakeResponse(503).With("Retry-After", "1"), new FakeResponse(503).With("Retry-After", "1"));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delays = time.Delays.ToArray();
        Assert.Equal(3, delays.Length);
        // The server's 7 s beat the first backoff (1 s ± 20%); then the backoff (2 s, 4 s ± 20%) beats its 1 s.
        Assert.Equal(TimeSpan.FromSeconds(7), delays[0]);
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.InRange(delays[2], TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(4.8));
        Assert.Equal(5, server.RequestCount); // challenge + 4 attempts, the retries authorized up front
    }

    [Fact]
    public async Task A_POST_is_not_retried_on_503_but_is_on_429()
    {
        var (server, client, time) = Create(new AtlasRetryOptions(), new FakeResponse(503).With("Retry-After", "0"));

        using var unavailable = await client.PostAsync("/groups", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Empty(time.Delays);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task The_total_wait_is_capped()
    {
        var (server, client, time) = Create(new AtlasRetryOptions { MaxRetries = 10, MaxTotalDelay = TimeSpan.FromSeconds(25) },
            Enumerable.Range(0, 10).Select(_ => (FakeResponse?)new FakeResponse(429).With("Retry-After", "10")).ToArray());

        using var response = await client.GetAsync("/x");

        // Two waits of 10 s fit in 25 s; a third would pass it, so the third 429 goes back to the caller.
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(new[] { TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10) }, time.Delays);
        Assert.Equal(1 + 3, server.RequestCount);
    }

    [Fact]
    public async Task Too_many_requests_with_an_HTTP_date_waits_until_that_date()
    {
        var (_, client, time) = Create(new AtlasRetryOptions { Enabled = true },
            new FakeResponse(429).With("Retry-After", DateTimeOffset.UtcNow.AddSeconds(30).ToString("R")));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delay = Assert.Single(time.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(27), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Without_Retry_After_it_backs_off_from_the_base_delay()
    {
        var (_, client, time) = Create(new AtlasRetryOptions { Enabled = true, BaseDelay = TimeSpan.FromMilliseconds(200) },
            new FakeResponse(429), new FakeResponse(429));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, time.Delays.Count);
        Assert.All(time.Delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Gives_up_after_MaxRetries_and_returns_the_last_response()
    {
        var (server, client, time) = Create(new AtlasRetryOptions { Enabled = true, MaxRetries = 2 },
            Enumerable.Repeat<FakeResponse?>(null, 5).Select(_ => new FakeResponse(503).With("Retry-After", "1")).ToArray());

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(2, time.Delays.Count);
        Assert.Equal(1 + 3, server.RequestCount);
    }

    [Fact]
    public async Task A_Retry_After_beyond_MaxDelay_is_not_waited_for()
    {
        var (server, client, time) = Create(new AtlasRetryOptions { Enabled = true, MaxDelay = TimeSpan.FromSeconds(10) },
            new FakeResponse(429).With("Retry-After", "3600"));

        using var response = await client.GetAsync("/x");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Empty(time.Delays);
        Assert.Equal(2, server.RequestCount);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(404)]
    public async Task Other_statuses_are_not_retried(int status)
    {
        var (server, client, time) = Create(new AtlasRetryOptions { Enabled = true }, new FakeResponse(status).With("Retry-After", "1"));

        using var response = await client.GetAsync("/x");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(time.Delays);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task A_POST_throttled_with_429_is_retried_and_re_sends_its_body()
    {
        var (server, client, _) = Create(new AtlasRetryOptions { Enabled = true }, new FakeResponse(429).With("Retry-After", "0"));
        const string json = "{\"name\":\"demo\"}";

        using var response = await client.PostAsync("/groups", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, server.RequestCount);
        Assert.All(server.Requests, r => Assert.Equal(json, Encoding.UTF8.GetString(r.Body)));
    }

    [Fact]
    public void MaxRetries_below_one_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AtlasRetryHandler(new AtlasRetryOptions { MaxRetries = 0 }, new HttpClientHandler()));

    [Fact]
    public void Factory_sets_address_timeout_and_user_agent()
    {
        using var client = AtlasHttpClientFactory.Create(new AtlasClientOptions
        {
            BaseAddress = new Uri("https://example.test"), PublicKey = "p", PrivateKey = "k", Timeout = TimeSpan.FromSeconds(5), UserAgent = "ua/1",
        });

        Assert.Equal(new Uri("https://example.test"), client.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(5), client.Timeout);
        Assert.Equal("ua/1", client.DefaultRequestHeaders.UserAgent.ToString());
    }

    [Fact]
    public void Factory_requires_both_keys()
        => Assert.Throws<ArgumentException>(() => AtlasHttpClientFactory.Create(new AtlasClientOptions { PublicKey = "p" }));
}
