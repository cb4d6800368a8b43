using Microsoft.Extensions.Time.Testing;

namespace AtlasGen.Runtime.Tests.OAuth;

public sealed class ClientCredentialsTokenHandlerTests
{
    private const string ClientId = "mdb_sa_id_1234";
    private const string ClientSecret = "mdb_sa_sk_very-secret-value";
    private static readonly Uri s_api = new("https://atlas.test/api/atlas/v2/groups");

    private static (HttpClient Client, FakeServiceAccountAtlas Server, FakeTimeProvider Time, ClientCredentialsTokenHandler Handler) Create(int expiresIn = 3600, string secret = ClientSecret)
    {
        // Tokens are shared process-wide per credential: each test gets its own account, so tests don't share tokens.
        var clientId = ClientId + "-" + Guid.NewGuid().ToString("N");
        var server = new FakeServiceAccountAtlas(clientId, ClientSecret, expiresIn);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-29T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var handler = new ClientCredentialsTokenHandler(clientId, secret, null, server, time);
        return (new HttpClient(handler), server, time, handler);
    }

    [Fact]
    public async Task Handlers_of_one_credential_share_one_token_and_other_credentials_get_their_own()
    {
        var clientId = ClientId + "-" + Guid.NewGuid().ToString("N");
        var server = new FakeServiceAccountAtlas(clientId, ClientSecret);
        var other = new FakeServiceAccountAtlas(clientId, "another-secret");
        using var first = new HttpClient(new ClientCredentialsTokenHandler(clientId, ClientSecret, null, server));
        using var second = new HttpClient(new ClientCredentialsTokenHandler(clientId, ClientSecret, null, server));
        using var third = new HttpClient(new ClientCredentialsTokenHandler(clientId, "another-secret", null, other));

        (await first.GetAsync(s_api)).EnsureSuccessStatusCode();
        (await second.GetAsync(s_api)).EnsureSuccessStatusCode();
        (await third.GetAsync(s_api)).EnsureSuccessStatusCode();

        Assert.Equal(1, server.TokenRequests);
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-1" }, server.ApiRequests.Select(r => r.Authorization));
        Assert.Equal(1, other.TokenRequests);
    }

    [Fact]
    public async Task One_token_serves_many_calls_until_it_nears_expiry()
    {
        var (client, server, time, _) = Create(expiresIn: 600);
        for (var i = 0; i < 5; i++)
        {
            (await client.GetAsync(s_api)).EnsureSuccessStatusCode();
        }

        Assert.Equal(1, server.TokenRequests);
        Assert.All(server.ApiRequests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal("grant_type=client_credentials", Assert.Single(server.TokenRequestBodies));

        // Inside the refresh margin (60 s before expiry) the handler fetches a new token before sending.
        time.Advance(TimeSpan.FromSeconds(541));
        (await client.GetAsync(s_api)).EnsureSuccessStatusCode();
        Assert.Equal(2, server.TokenRequests);
        Assert.Equal("Bearer token-2", server.ApiRequests.Last().Authorization);
    }

    [Fact]
    public async Task A_revoked_token_is_replaced_and_the_request_resent_once_with_its_body()
    {
        var (client, server, _, _) = Create();
        (await client.GetAsync(s_api)).EnsureSuccessStatusCode();
        server.RevokeAll();

        var response = await client.PostAsync(s_api, new StringContent("{\"name\":\"demo\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.TokenRequests);
        var posts = server.ApiRequests.Skip(1).ToList();
        Assert.Equal(new[] { "Bearer token-1", "Bearer token-2" }, posts.Select(p => p.Authorization));
        Assert.All(posts, p => Assert.Equal("{\"name\":\"demo\"}", p.Body));
    }

    [Fact]
    public async Task An_account_without_access_gets_its_401_after_one_retry_never_a_loop()
    {
        var (client, server, _, _) = Create();
        server.RejectAll = true;

        var response = await client.GetAsync(s_api);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, server.ApiRequests.Count);
        Assert.Equal(2, server.TokenRequests);
    }

    [Fact]
    public async Task A_wrong_secret_is_a_typed_error_that_never_shows_the_secret()
    {
        var wrong = "mdb_sa_sk_wrong-but-still-secret";
        var (client, server, _, handler) = Create(secret: wrong);

        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => client.GetAsync(s_api));

        Assert.Equal(1, server.RejectedTokenRequests);
        Assert.Empty(server.ApiRequests);
        Assert.Contains("invalid_client", error.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, handler.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_fetch()
    {
        var (client, server, _, _) = Create();
        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => client.GetAsync(s_api)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, server.TokenRequests);
    }

    [Fact]
    public void The_factory_picks_the_service_account_when_one_is_set_and_digest_otherwise()
    {
        using var inner = new HttpClientHandler();
        var serviceAccount = new AtlasClientOptions { ClientId = ClientId, ClientSecret = ClientSecret, PublicKey = "pub", PrivateKey = "priv" };
        var apiKey = new AtlasClientOptions { PublicKey = "pub", PrivateKey = "priv" };

        Assert.IsType<ClientCredentialsTokenHandler>(AtlasHttpClientFactory.CreateAuthenticationHandler(serviceAccount, inner));
        Assert.IsType<DigestAuthenticationHandler>(AtlasHttpClientFactory.CreateAuthenticationHandler(apiKey, inner));
        var none = Assert.Throws<ArgumentException>(() => AtlasHttpClientFactory.CreateAuthenticationHandler(new AtlasClientOptions(), inner));
        Assert.Contains("ClientId", none.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientSecret, serviceAccount.ToString(), StringComparison.Ordinal);
    }
}
