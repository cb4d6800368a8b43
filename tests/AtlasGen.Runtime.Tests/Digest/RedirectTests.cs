namespace AtlasGen.Runtime.Tests.Digest;

/// <summary>Credentials stay with their origin, over real sockets, whoever follows the redirect.</summary>
public class RedirectTests
{
    private const string Key = "private-key-never-elsewhere";

    [Fact]
    public async Task Inner_handler_following_a_redirect_to_another_origin_gets_no_credentials_there()
    {
        var other = new FakeDigestServer { Options = { Realm = "atlas@example.org" } };
        other.Users[User] = Key; // even a server that would accept them must never see them
        await using var otherServer = await LoopbackServer.StartAsync(other);
        var home = new FakeDigestServer();
        home.Users[User] = Key;
        home.OnAuthenticated = r => r.PathAndQuery == "/go" ? new FakeResponse(302).With("Location", new Uri(otherServer.BaseAddress, "/landing").ToString()) : null;
        await using var homeServer = await LoopbackServer.StartAsync(home);
        var logger = new FakeLogger();
        using var client = new HttpClient(new DigestAuthenticationHandler(User, Key, new SocketsHttpHandler { AllowAutoRedirect = true }, logger))
        {
            BaseAddress = homeServer.BaseAddress,
        };
        (await client.GetAsync("/warm")).Dispose(); // so the next request carries credentials up front

        using var response = await client.GetAsync("/go");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(otherServer.BaseAddress.Authority, response.RequestMessage!.RequestUri!.Authority);
        Assert.Single(other.Requests);
        Assert.All(other.Requests, r => Assert.Null(r.Authorization));
        Assert.NotNull(home.Requests.Last().Authorization); // /go itself was authorized up front
        Assert.Contains(logger.Collector.GetSnapshot(), r => r.Id.Name == "DigestOtherOrigin");
    }

    [Fact]
    public async Task Same_origin_redirect_followed_by_the_inner_handler_is_authorized()
    {
        var home = new FakeDigestServer();
        home.Users[User] = Key;
        home.OnAuthenticated = r => r.PathAndQuery == "/old" ? new FakeResponse(301).With("Location", "/new") : null;
        await using var homeServer = await LoopbackServer.StartAsync(home);
        using var client = new HttpClient(new DigestAuthenticationHandler(User, Key, new SocketsHttpHandler { AllowAutoRedirect = true }))
        {
            BaseAddress = homeServer.BaseAddress,
        };

        using var response = await client.GetAsync("/old");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/new", home.Requests.Last().PathAndQuery);
        Assert.NotNull(home.Requests.Last().Authorization);
    }

    [Fact]
    public async Task Factory_client_returns_redirects_to_the_caller()
    {
        var other = new FakeDigestServer();
        await using var otherServer = await LoopbackServer.StartAsync(other);
        var home = new FakeDigestServer();
        home.Users[User] = Key;
        home.OnAuthenticated = _ => new FakeResponse(307).With("Location", new Uri(otherServer.BaseAddress, "/x").ToString());
        await using var homeServer = await LoopbackServer.StartAsync(home);
        using var client = AtlasHttpClientFactory.Create(new AtlasClientOptions { BaseAddress = homeServer.BaseAddress, PublicKey = User, PrivateKey = Key });

        using var response = await client.GetAsync("/go");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Empty(other.Requests);
        Assert.Null(response.RequestMessage!.Headers.Authorization); // the header does not outlive the exchange
    }
}
