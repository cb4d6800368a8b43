namespace AtlasGen.Integration.Tests;

/// <summary>
/// A service account through <c>AddAtlasClient</c>, bound from configuration, against the simulator's
/// <c>/api/oauth/token</c>: one token fetch for concurrent callers, one refresh when the token expires.
/// </summary>
public sealed class SimulatorServiceAccountTests
{
    [Fact]
    public async Task One_hundred_concurrent_calls_cause_exactly_one_token_request()
    {
        await using var harness = await SimulatorHarness.StartAsync(); // 100 calls are within the default rate limit, 1200 a minute

        // Transient clients, each from the container: they share the credential's token.
        var pages = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => harness.Client.Projects.ListGroupsAsync()));

        Assert.All(pages, p => Assert.Equal(0, p.TotalCount));
        Assert.Equal(1, harness.Traffic.TokenRequests);
        var attempts = harness.Traffic.ApiExchanges;
        Assert.Equal(100, attempts.Length);
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var authorization = Assert.Single(attempts.Select(a => a.Authorization).Distinct());
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refreshed_once_for_all_concurrent_callers()
    {
        await using var harness = await SimulatorHarness.StartAsync(o => o.AccessTokenLifetime = TimeSpan.FromMinutes(10));
        await harness.Client.Projects.ListGroupsAsync();
        var first = harness.Traffic.ApiExchanges.Single().Authorization;

        // Past the token's lifetime on the clock the client and the simulator share.
        harness.Clock.Advance(TimeSpan.FromMinutes(11));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.Client.Projects.ListGroupsAsync()));

        Assert.Equal(2, harness.Traffic.TokenRequests);
        var later = harness.Traffic.ApiExchanges.Skip(1).ToArray();
        Assert.Equal(20, later.Length);
        // Refreshed before sending: the simulator never saw the expired token again, so nothing was refused.
        Assert.All(later, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var second = Assert.Single(later.Select(a => a.Authorization).Distinct());
        Assert.NotEqual(first, second);
    }
}
