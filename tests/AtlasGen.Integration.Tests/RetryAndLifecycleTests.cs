using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Integration.Tests.Infrastructure;
using AtlasGen.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AtlasGen.Integration.Tests;

/// <summary>
/// Through the generated client from <c>AddAtlasClient</c>, against a fake Atlas (the simulator does not send 429, 410
/// or lifecycle headers yet): a 429 burst is absorbed and its waits follow Retry-After; a POST is not retried on 503;
/// Deprecation/Sunset warn once per operation; 410 VERSION_GONE is the typed exception.
/// </summary>
public sealed class RetryAndLifecycleTests
{
    private static (ServiceProvider Provider, FakeServiceAccountAtlas Atlas, RecordingTimeProvider Time) Create()
    {
        var clientId = "mdb_sa_id_" + Guid.NewGuid().ToString("N");
        var atlas = new FakeServiceAccountAtlas(clientId, "secret");
        var time = new RecordingTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddFakeLogging();
        services.AddAtlasClient(o =>
        {
            o.BaseAddress = new Uri("https://atlas.test/");
            o.ClientId = clientId;
            o.ClientSecret = "secret";
        }).ConfigurePrimaryHttpMessageHandler(() => atlas);
        return (services.BuildServiceProvider(), atlas, time);
    }

    private static string Rate(int status) => FakeServiceAccountAtlas.Error(status, status == 429 ? "RATE_LIMITED" : "SERVICE_UNAVAILABLE", "Try later.");

    [Fact]
    public async Task A_429_burst_is_absorbed_and_the_waits_follow_Retry_After()
    {
        var (provider, atlas, time) = Create();
        await using var _ = provider;
        atlas.Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "5"))
            .Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "9"))
            .Then(HttpStatusCode.TooManyRequests, Rate(429), ("Retry-After", "7"));

        using var capture = AtlasResponseCapture.Start();
        var page = await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();

        Assert.Equal(0, page.TotalCount);
        Assert.Equal(HttpStatusCode.OK, capture.Response!.StatusCode);
        Assert.Equal(4, atlas.ApiRequests.Count);
        // Each wait is the server's Retry-After: it is longer than the backoff (1 s, 2 s, 4 s, ±20%) at each step.
        Assert.Equal(new double[] { 5, 9, 7 }, time.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task A_POST_is_not_retried_on_503()
    {
        var (provider, atlas, time) = Create();
        await using var _ = provider;
        atlas.Then(HttpStatusCode.ServiceUnavailable, Rate(503), ("Retry-After", "1"));

        var error = await Assert.ThrowsAsync<AtlasApiException>(() =>
            provider.GetRequiredService<AtlasClient>().Projects.CreateGroupAsync(new Group { Name = "once", OrgId = "a0123456789abcdef012345a" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), error.Response!.RetryAfter);
        Assert.Equal(("POST", "/api/atlas/v2/groups"), atlas.ApiRequests.Select(r => (r.Method, r.Path)).Single());
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task Deprecation_and_Sunset_are_logged_once_per_operation()
    {
        var (provider, atlas, _) = Create();
        await using var _ = provider;
        (string, string)[] lifecycle = [("Deprecation", "Mon, 5 Aug 2024 00:00:00 GMT"), ("Sunset", "Thu, 1 Jul 2027 00:00:00 GMT")];
        atlas.Then(HttpStatusCode.OK, null, lifecycle).Then(HttpStatusCode.OK, null, lifecycle).Then(HttpStatusCode.OK, null, lifecycle);

        // Three calls, each through a freshly resolved (transient) client.
        for (var i = 0; i < 3; i++)
        {
            await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();
        }

        var warning = Assert.Single(provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 3005);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("2027-07-01", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2023-01-01", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VERSION_GONE_raises_the_typed_exception()
    {
        var (provider, atlas, _) = Create();
        await using var _ = provider;
        atlas.Then(HttpStatusCode.Gone, FakeServiceAccountAtlas.Error(410, "VERSION_GONE", "This version is gone."));

        var error = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync());

        Assert.Equal("VERSION_GONE", error.ErrorCode);
        Assert.StartsWith("application/vnd.atlas.", error.RequestedVersion, StringComparison.Ordinal);
        Assert.Null(error.NewerMethod); // the newest version the spec knows: the message says to update
        Assert.Contains("update the AtlasGen package or the spec", error.Message, StringComparison.Ordinal);
    }

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
                r.Retry.BackoffType = Polly.DelayBackoffType.Constant;
                r.Retry.MaxRetryAttempts = 3;
                r.Retry.ShouldRetryAfterHeader = false;
            });
        return (services.BuildServiceProvider(), atlas);
    }
}
