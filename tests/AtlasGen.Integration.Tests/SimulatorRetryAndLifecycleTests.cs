using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AtlasGen.Integration.Tests;

/// <summary>
/// Through the generated client from <c>AddAtlasClient</c>, against the simulator: its rate limit's 429s are absorbed and
/// the waits are its Retry-After; a POST is not retried on 503; its Deprecation/Sunset headers warn once per operation;
/// past a sunset its 410 VERSION_GONE is the typed exception. Waits elapse on a virtual clock, never in real time.
/// </summary>
public sealed class SimulatorRetryAndLifecycleTests
{
    [Fact]
    public async Task A_429_burst_is_absorbed_and_the_waits_follow_Retry_After()
    {
        // Three requests per 30 s: one token every 10 s, so an empty bucket says Retry-After: 10.
        await using var harness = await SimulatorHarness.StartAsync(o =>
        {
            o.RateLimit = 3;
            o.RateLimitWindow = TimeSpan.FromSeconds(30);
        });

        for (var i = 0; i < 6; i++)
        {
            var page = await harness.Client.Projects.ListGroupsAsync();
            Assert.Equal(0, page.TotalCount);
        }

        var attempts = harness.Traffic.ApiExchanges;
        Assert.Equal(
            new[] { 200, 200, 200, 429, 200, 429, 200, 429, 200 },
            attempts.Select(a => (int)a.Status));
        Assert.All(attempts.Where(a => a.Status == HttpStatusCode.TooManyRequests), a => Assert.Equal(TimeSpan.FromSeconds(10), a.RetryAfter));
        // Each wait is the server's Retry-After, longer than the first backoff (1 s ±20%), and exactly enough to refill a token.
        Assert.Equal(new double[] { 10, 10, 10 }, harness.Clock.Delays.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task A_POST_is_not_retried_on_503_though_a_GET_is()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var client = harness.Client;
        harness.Simulator.Faults.AnswerNext("POST", "/api/atlas/v2/groups", 503, retryAfter: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<AtlasApiException>(() =>
            client.Projects.CreateGroupAsync(new Group { Name = "once", OrgId = harness.Simulator.Organization.Id }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), error.Response!.RetryAfter);
        Assert.Equal(("POST", "/api/atlas/v2/groups"), harness.Traffic.ApiExchanges.Select(a => (a.Method, a.Path)).Single());
        Assert.Empty(harness.Clock.Delays);
        Assert.Equal("SERVICE_UNAVAILABLE", error.ErrorCode);

        // The same fault on a GET is retried after the server's wait, and the call succeeds.
        harness.Simulator.Faults.AnswerNext("GET", "/api/atlas/v2/groups", 503, retryAfter: TimeSpan.FromSeconds(3));
        var page = await client.Projects.ListGroupsAsync();

        Assert.Equal(0, page.TotalCount);
        Assert.Equal(new[] { 503, 200 }, harness.Traffic.ApiExchanges.Skip(1).Select(a => (int)a.Status));
        Assert.Equal(TimeSpan.FromSeconds(3), Assert.Single(harness.Clock.Delays));
    }

    [Fact]
    public async Task Deprecation_and_Sunset_are_logged_once_per_operation()
    {
        await using var harness = await SimulatorHarness.StartAsync(configureServices: s => s.AddFakeLogging());
        var project = await harness.Client.Projects.CreateGroupAsync(new Group { Name = "invites", OrgId = harness.Simulator.Organization.Id });

        // listGroupInvites' only version, 2023-01-01, is deprecated with x-sunset 2027-07-01. Each call through a fresh client.
        for (var i = 0; i < 2; i++)
        {
            Assert.Empty(await harness.Client.Projects.ListGroupInvitesAsync(project.Id!));
        }

        // The simulator said it on both answers; the client warned once.
        var answers = harness.Traffic.ApiExchanges.Where(a => a.Path.EndsWith("/invites", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, answers.Length);
        Assert.All(answers, a => Assert.NotNull(a.Deprecation));
        Assert.Null(harness.Traffic.ApiExchanges[0].Deprecation); // createGroup's version is current

        var warning = Assert.Single(harness.Provider.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 3005);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("listGroupInvites", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2027-07-01", warning.Message, StringComparison.Ordinal);
        Assert.Contains("2023-01-01", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VERSION_GONE_after_the_sunset_raises_the_typed_exception()
    {
        await using var harness = await SimulatorHarness.StartAsync();
        var client = harness.Client;
        var project = await client.Projects.CreateGroupAsync(new Group { Name = "sunset", OrgId = harness.Simulator.Organization.Id });
        Assert.Empty(await client.Projects.ListGroupInvitesAsync(project.Id!));

        // The simulator's clock (shared with the client) moves past listGroupInvites' sunset, 2027-07-01.
        var sunset = new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero);
        harness.Clock.Advance(sunset - harness.Clock.GetUtcNow() + TimeSpan.FromDays(1));

        var error = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => client.Projects.ListGroupInvitesAsync(project.Id!));

        Assert.Equal(HttpStatusCode.Gone, error.StatusCode);
        Assert.Equal("VERSION_GONE", error.ErrorCode);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", error.RequestedVersion);
        Assert.Null(error.NewerMethod); // the spec knows no newer version: the message says to update
        Assert.Contains("update the AtlasGen package or the spec", error.Message, StringComparison.Ordinal);
        // A current version is not gone: the project is still there.
        Assert.Contains((await client.Projects.ListGroupsAsync()).Results!, g => g.Id == project.Id);
    }
}
