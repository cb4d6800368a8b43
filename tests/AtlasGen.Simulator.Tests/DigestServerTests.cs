using System.Net.Http.Headers;

namespace AtlasGen.Simulator.Tests;

/// <summary>The simulator's digest server: challenges, nonce lifetime (stale=true) and nc replay.</summary>
public sealed class DigestServerTests() : FakeClockSimulatorTests(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(30))
{
    private const string Example = "/api/atlas/v2/example/info";

    private Task<HttpResponseMessage> SendAsync(string? authorization, string path = Example)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Sim.BaseAddress, path));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/vnd.atlas.2023-02-01+json"));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Raw.SendAsync(request);
    }

    private string Answer(string nonce, int nc, string? password = null)
        => DigestMath.Authorization(Sim.Organization.PublicKey, password ?? Sim.Organization.PrivateKey, AtlasSimulatorOptions.AtlasRealm, nonce, "GET", Example, nc);

    /// <summary>A nonce from a fresh challenge, already used once (nc=1) with success.</summary>
    private async Task<string> NonceUsedOnceAsync()
    {
        using var challenge = await SendAsync(null);
        var nonce = DigestMath.Nonce(challenge);
        using var first = await SendAsync(Answer(nonce, 1));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        return nonce;
    }

    [Fact]
    public async Task A_request_without_credentials_gets_an_MD5_qop_auth_challenge()
    {
        using var response = await SendAsync(null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = DigestMath.Challenge(response);
        Assert.StartsWith("Digest realm=\"MMS Public API\"", challenge, StringComparison.Ordinal);
        Assert.Contains("algorithm=MD5", challenge, StringComparison.Ordinal);
        Assert.Contains("qop=\"auth\"", challenge, StringComparison.Ordinal);
        Assert.Contains("stale=false", challenge, StringComparison.Ordinal);
        Assert.Contains("\"errorCode\":\"UNAUTHORIZED\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_nonce_is_answered_with_stale_true_and_a_fresh_nonce_works()
    {
        var nonce = await NonceUsedOnceAsync();

        Time.Advance(TimeSpan.FromSeconds(29));
        using (var stillValid = await SendAsync(Answer(nonce, 2)))
        {
            Assert.Equal(HttpStatusCode.OK, stillValid.StatusCode);
        }

        Time.Advance(TimeSpan.FromSeconds(2));
        using var stale = await SendAsync(Answer(nonce, 3));
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Contains("stale=true", DigestMath.Challenge(stale), StringComparison.Ordinal);
        var fresh = DigestMath.Nonce(stale);
        Assert.NotEqual(nonce, fresh);
        using var again = await SendAsync(Answer(fresh, 1));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_with_an_expired_nonce_is_not_stale()
    {
        using var challenge = await SendAsync(null);
        Time.Advance(TimeSpan.FromMinutes(1));
        using var rejected = await SendAsync(Answer(DigestMath.Nonce(challenge), 1, password: "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Contains("stale=false", DigestMath.Challenge(rejected), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replayed_or_out_of_order_nc_is_rejected()
    {
        var nonce = await NonceUsedOnceAsync();

        using (var replay = await SendAsync(Answer(nonce, 1)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
            Assert.Contains("stale=false", DigestMath.Challenge(replay), StringComparison.Ordinal);
        }

        using (var skipAhead = await SendAsync(Answer(nonce, 5)))
        {
            Assert.Equal(HttpStatusCode.OK, skipAhead.StatusCode);
        }

        using var outOfOrder = await SendAsync(Answer(nonce, 4));
        Assert.Equal(HttpStatusCode.Unauthorized, outOfOrder.StatusCode);
    }

    [Fact]
    public async Task A_signature_for_another_uri_is_rejected()
    {
        using var challenge = await SendAsync(null);
        var forOtherPath = DigestMath.Authorization(Sim.Organization.PublicKey, Sim.Organization.PrivateKey, AtlasSimulatorOptions.AtlasRealm,
            DigestMath.Nonce(challenge), "GET", "/api/atlas/v2/groups", 1);
        using var response = await SendAsync(forOtherPath);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_runtime_client_rides_over_a_stale_nonce_and_a_wrong_secret_is_401()
    {
        using var client = new AtlasClient(new AtlasClientOptions { BaseAddress = Sim.BaseAddress, PublicKey = Sim.Organization.PublicKey, PrivateKey = Sim.Organization.PrivateKey });
        Assert.NotNull((await client.Test.VersionedExampleAsync()).Description);
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.NotNull((await client.Test.VersionedExampleAsync()).Description);

        using var wrong = new AtlasClient(new AtlasClientOptions { BaseAddress = Sim.BaseAddress, PublicKey = Sim.Organization.PublicKey, PrivateKey = "not-the-secret" });
        var error = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => wrong.Test.VersionedExampleAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("UNAUTHORIZED", error.ErrorCode);
    }
}
