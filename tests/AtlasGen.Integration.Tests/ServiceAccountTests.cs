using Microsoft.Extensions.Configuration;

namespace AtlasGen.Integration.Tests;

/// <summary>
/// A service account (OAuth 2.0 client credentials) through <c>AddAtlasClient</c>, configured from configuration, against a
/// fake Atlas that can revoke tokens: one refresh when a token is refused, never a loop. One fetch for concurrent callers
/// and one refresh on expiry are tested against the simulator (<see cref="SimulatorServiceAccountTests"/>).
/// </summary>
public sealed class ServiceAccountTests
{
    private const string Secret = "mdb_sa_sk_4c1f-never-shown";

    /// <summary>A client that has fetched a token and called Atlas with it, after which Atlas revokes every token it gave.</summary>
    private static async Task<(ServiceProvider Provider, FakeServiceAccountAtlas Atlas, AtlasClient Client)> CreateWithRevokedCachedTokenAsync()
    {
        // Tokens are shared per credential across the process: a fresh account per test keeps tests apart.
        var clientId = "mdb_sa_id_" + Guid.NewGuid().ToString("N");
        var atlas = new FakeServiceAccountAtlas(clientId, Secret);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Atlas:BaseAddress"] = "https://atlas.test/",
            ["Atlas:ClientId"] = clientId,
            ["Atlas:ClientSecret"] = Secret,
        }).Build();
        var services = new ServiceCollection();
        services.AddAtlasClient(configuration.GetSection("Atlas")).ConfigurePrimaryHttpMessageHandler(() => atlas);
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<AtlasClient>();
        await client.Projects.ListGroupsAsync();
        atlas.RevokeAll();
        return (provider, atlas, client);
    }

    [Fact]
    public async Task A_401_on_a_cached_token_refreshes_it_once()
    {
        var (provider, atlas, client) = await CreateWithRevokedCachedTokenAsync();
        await using var _ = provider;

        await client.Projects.ListGroupsAsync();

        Assert.Equal(2, atlas.TokenRequests);
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-1", "Bearer token-2" }, atlas.ApiRequests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_refused_service_account_is_a_typed_error_after_one_refresh_never_a_loop()
    {
        var (provider, atlas, client) = await CreateWithRevokedCachedTokenAsync();
        await using var _ = provider;
        // The cached token is refused, and so is the refreshed one.
        atlas.Then(HttpStatusCode.Unauthorized, AtlasResponses.Error(401, "UNAUTHORIZED", "Revoked."));

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => client.Projects.ListGroupsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(2, atlas.TokenRequests);
        Assert.Equal(3, atlas.ApiRequests.Count);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_account_alone_is_valid_and_a_half_configured_one_is_named()
    {
        var services = new ServiceCollection();
        services.AddAtlasClient(o => o.ClientSecret = Secret);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<AtlasClient>());

        Assert.Contains("ClientId is required with ClientSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PublicKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }
}
