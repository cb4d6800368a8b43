using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AtlasGen.Integration.Tests;

/// <summary>
/// The generated registration composes with Microsoft.Extensions.Http.Resilience: a standard resilience handler on the
/// client is the only retry, and each of its attempts is authorized afresh. Against fakes that answer 503 and 429.
/// </summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task AddStandardResilienceHandler_retries_and_each_attempt_is_authorized_afresh()
    {
        var server = BusyDigestAtlas.Create("public", "private", HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests);
        var services = new ServiceCollection();
        services.AddAtlasClient(options =>
            {
                options.BaseAddress = new Uri("http://atlas.test/");
                options.PublicKey = "public";
                options.PrivateKey = "private";
            })
            .ConfigurePrimaryHttpMessageHandler(() => new FakeServerHandler(server))
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(1);
                resilience.Retry.BackoffType = DelayBackoffType.Constant;
            });
        await using var provider = services.BuildServiceProvider();

        var page = await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();

        Assert.Equal(0, page.TotalCount);
        // One challenge for the first call; then the resilience handler's attempts each pass through the digest
        // handler, which sits innermost, so no Authorization header (and no nc) is ever replayed.
        Assert.Equal(1, server.ChallengesIssued);
        Assert.Equal([1L, 2L, 3L], server.AcceptedNonceCounts.Select(a => a.Nc));
    }

    private static string Rate(int status) => AtlasResponses.Error(status, status == 429 ? "RATE_LIMITED" : "SERVICE_UNAVAILABLE", "Try later.");

    [Fact]
    public async Task A_standard_resilience_handler_on_the_client_is_the_only_retry()
    {
        var (provider, atlas) = CreateWithStandardResilience();
        await using var _ = provider;
        atlas.Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "0"))
            .Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "0"))
            .Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "0"))
            .Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "0"));

        // The standard handler makes 1 + 3 attempts; were AtlasGen's retry inside it too, each would be retried again.
        var error = await Assert.ThrowsAsync<AtlasApiException>(() => provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(4, atlas.ApiRequests.Count);
    }

    private static (ServiceProvider, FakeServiceAccountAtlas) CreateWithStandardResilience()
    {
        var clientId = "mdb_sa_id_" + Guid.NewGuid().ToString("N");
        var atlas = new FakeServiceAccountAtlas(clientId, "secret");
        var services = new ServiceCollection();
        services.AddAtlasClient(o =>
            {
                o.BaseAddress = new Uri("https://atlas.test/");
                o.ClientId = clientId;
                o.ClientSecret = "secret";
            })
            .ConfigurePrimaryHttpMessageHandler(() => atlas)
            .AddStandardResilienceHandler(r =>
            {
                r.Retry.Delay = TimeSpan.FromMilliseconds(1);
                r.Retry.UseJitter = false;
                r.Retry.BackoffType = DelayBackoffType.Constant;
                r.Retry.MaxRetryAttempts = 3;
                r.Retry.ShouldRetryAfterHeader = false;
            });
        return (services.BuildServiceProvider(), atlas);
    }
}
