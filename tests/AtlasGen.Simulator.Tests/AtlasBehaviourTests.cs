using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AtlasClientSimulatorSpec = AtlasGen.Simulator.Models.AtlasClientSimulatorSpec;

namespace AtlasGen.Simulator.Tests;

/// <summary>
/// What real Atlas does and the simulator must too (issue 11): specific error codes with X-Error-Code, enveloped
/// errors, 401 on every operation, 403 for a key without the role, 400 for unknown and readOnly fields, the rate
/// limit, version lifecycle on a moved clock, service-account tokens, Z timestamps and page links.
/// </summary>
public sealed class AtlasBehaviourTests() : FakeClockSimulatorTests(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(400))
{
    private const string Groups = "api/atlas/v2/groups";

    private AtlasClientOptions Options(string? publicKey = null, string? privateKey = null) => new()
    {
        BaseAddress = Sim.BaseAddress,
        PublicKey = publicKey ?? Sim.Organization.PublicKey,
        PrivateKey = privateKey ?? Sim.Organization.PrivateKey,
    };

    private WireClient Wire(string? publicKey = null, string? privateKey = null)
        => new(Sim.BaseAddress, AtlasHttpClientFactory.Create(Options(publicKey, privateKey)));

    private async Task<string> NewGroupAsync(WireClient wire)
    {
        var created = await wire.PostAsync(Groups, $$"""{"name":"b-{{Guid.NewGuid():N}}","orgId":"{{Sim.Organization.Id}}"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return created.Json.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_missing_project_is_GROUP_NOT_FOUND_worded_as_Atlas_with_the_X_Error_Code_header()
    {
        using var wire = Wire();
        const string missing = "111111111111111111111111";
        var response = await wire.GetAsync($"{Groups}/{missing}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal("GROUP_NOT_FOUND", response.ErrorCode);
        Assert.Equal($"No group with ID {missing} exists.", response.Json.GetProperty("detail").GetString());
        Assert.Equal(missing, response.Json.GetProperty("parameters")[0].GetString());
        Assert.Equal("Not Found", response.Json.GetProperty("reason").GetString());
        Assert.Equal(new[] { "GROUP_NOT_FOUND" }, response.Message.Headers.GetValues("X-Error-Code"));

        var key = await wire.GetAsync($"api/atlas/v2/orgs/{Sim.Organization.Id}/apiKeys/{missing}");
        Assert.Equal("API_KEY_NOT_FOUND", key.ErrorCode);
        Assert.Equal(new[] { "API_KEY_NOT_FOUND" }, key.Message.Headers.GetValues("X-Error-Code"));
    }

    [Fact]
    public async Task With_envelope_true_an_error_is_wrapped_with_its_status_and_answered_200()
    {
        using var wire = Wire();
        var response = await wire.GetAsync($"{Groups}/111111111111111111111111?envelope=true");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(404, response.Json.GetProperty("status").GetInt32());
        Assert.Equal("GROUP_NOT_FOUND", response.Json.GetProperty("content").GetProperty("errorCode").GetString());
        Assert.Equal(new[] { "GROUP_NOT_FOUND" }, response.Message.Headers.GetValues("X-Error-Code"));
    }

    [Fact]
    public async Task Every_operation_answers_401_with_a_digest_challenge_without_credentials()
    {
        Assert.Equal(45, AtlasClientSimulatorSpec.Instance.Operations.Count);
        foreach (var route in AtlasClientSimulatorSpec.Instance.Operations)
        {
            var path = route.PathTemplate;
            foreach (var parameter in route.Parameters.Where(p => p.In == "path"))
            {
                path = path.Replace("{" + parameter.Name + "}", parameter.KnownValues.FirstOrDefault() ?? "aaaaaaaaaaaaaaaaaaaaaaaa", StringComparison.Ordinal);
            }

            using var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(Sim.BaseAddress, path));
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(route.Versions[0].MediaType));
            if (route.RequestMediaTypes.Count > 0)
            {
                request.Content = new StringContent("{}", Encoding.UTF8, route.RequestMediaTypes[0]);
            }

            using var response = await Raw.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route.OperationId} answered {(int)response.StatusCode} without credentials");
            Assert.StartsWith("Digest realm=\"MMS Public API\"", DigestMath.Challenge(response), StringComparison.Ordinal);
            Assert.Equal(new[] { "UNAUTHORIZED" }, response.Headers.GetValues("X-Error-Code"));
            Assert.True(response.Headers.Contains("RateLimit-Limit"), route.OperationId);
        }
    }

    [Fact]
    public async Task A_project_read_only_key_reads_its_project_and_gets_403_for_what_its_role_does_not_allow()
    {
        using var owner = Wire();
        var groupId = await NewGroupAsync(owner);
        var otherGroupId = await NewGroupAsync(owner);
        var created = await owner.PostAsync($"{Groups}/{groupId}/apiKeys", """{"desc":"narrow key","roles":["GROUP_READ_ONLY"]}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);

        using var narrow = Wire(created.Json.GetProperty("publicKey").GetString(), created.Json.GetProperty("privateKey").GetString());
        Assert.Equal(HttpStatusCode.OK, (await narrow.GetAsync($"{Groups}/{groupId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await narrow.GetAsync($"{Groups}/{groupId}/settings")).Status);

        var denied = new[]
        {
            await narrow.DeleteAsync($"{Groups}/{groupId}"),
            await narrow.PatchAsync($"{Groups}/{groupId}/settings", """{"isSchemaAdvisorEnabled":false}"""),
            await narrow.GetAsync($"{Groups}/{otherGroupId}"),
            await narrow.PostAsync($"api/atlas/v2/orgs/{Sim.Organization.Id}/apiKeys", """{"desc":"escalate","roles":["ORG_OWNER"]}"""),
            await narrow.GetAsync($"api/atlas/v2/orgs/{Sim.Organization.Id}/apiKeys"),
        };
        foreach (var response in denied)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal("USER_UNAUTHORIZED", response.ErrorCode);
            Assert.Equal(new[] { "USER_UNAUTHORIZED" }, response.Message.Headers.GetValues("X-Error-Code"));
        }

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"{Groups}/{groupId}")).Status);
    }

    [Fact]
    public async Task Unknown_and_readOnly_body_fields_are_400_naming_the_attribute()
    {
        using var wire = Wire();
        var unknown = await wire.PostAsync(Groups, $$"""{"name":"x-unknown-field","orgId":"{{Sim.Organization.Id}}","colour":"blue"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("INVALID_ATTRIBUTE", unknown.ErrorCode);
        Assert.Equal("colour", unknown.Json.GetProperty("parameters")[0].GetString());

        var readOnly = await wire.PostAsync(Groups, $$"""{"name":"x-read-only","orgId":"{{Sim.Organization.Id}}","id":"ffffffffffffffffffffffff"}""");
        Assert.Equal(HttpStatusCode.BadRequest, readOnly.Status);
        Assert.Equal("INVALID_ATTRIBUTE", readOnly.ErrorCode);
        Assert.Equal("id", readOnly.Json.GetProperty("parameters")[0].GetString());

        var groupId = await NewGroupAsync(wire);
        var inArray = await wire.PostAsync($"{Groups}/{groupId}/teams", $$"""[{"teamId":"{{Sim.Organization.TeamIds[0]}}","roleNames":["GROUP_READ_ONLY"],"links":[]}]""");
        Assert.Equal("INVALID_ATTRIBUTE", inArray.ErrorCode);
        Assert.Equal("links", inArray.Json.GetProperty("parameters")[0].GetString());
    }

    [Fact]
    public async Task The_rate_limit_headers_count_down_and_an_empty_bucket_is_429_with_Retry_After_until_the_clock_refills_it()
    {
        await using var sim = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { TimeProvider = Time, NonceLifetime = TimeSpan.FromDays(1), RateLimit = 3, RateLimitWindow = TimeSpan.FromMinutes(1) });
        using var wire = new WireClient(sim.BaseAddress, AtlasHttpClientFactory.Create(new AtlasClientOptions { BaseAddress = sim.BaseAddress, PublicKey = sim.Organization.PublicKey, PrivateKey = sim.Organization.PrivateKey }));

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var ok = await wire.GetAsync(Groups);
            Assert.Equal(HttpStatusCode.OK, ok.Status);
            Assert.Equal(new[] { "3" }, ok.Message.Headers.GetValues("RateLimit-Limit"));
            Assert.Equal(new[] { remaining.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ok.Message.Headers.GetValues("RateLimit-Remaining"));
        }

        var limited = await wire.GetAsync(Groups);
        Assert.Equal((HttpStatusCode)429, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.ErrorCode);
        Assert.Equal(new[] { "RATE_LIMITED" }, limited.Message.Headers.GetValues("X-Error-Code"));
        Assert.Equal(TimeSpan.FromSeconds(20), limited.Message.Headers.RetryAfter!.Delta);

        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.OK, (await wire.GetAsync(Groups)).Status);
    }

    [Fact]
    public async Task A_deprecated_version_carries_Deprecation_and_Sunset_and_is_410_VERSION_GONE_from_its_sunset_date()
    {
        using var wire = Wire();
        var groupId = await NewGroupAsync(wire);
        var current = await wire.GetAsync($"{Groups}/{groupId}");
        Assert.False(current.Message.Headers.Contains("Deprecation"));

        var deprecated = await wire.GetAsync($"{Groups}/{groupId}/invites");
        Assert.Equal(HttpStatusCode.OK, deprecated.Status);
        Assert.Equal(new[] { "Thu, 1 Jul 2027 00:00:00 GMT" }, deprecated.Message.Headers.GetValues("Sunset"));
        Assert.True(deprecated.Message.Headers.Contains("Deprecation"));

        Time.SetUtcNow(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var gone = await wire.GetAsync($"{Groups}/{groupId}/invites");
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Equal("VERSION_GONE", gone.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await wire.GetAsync($"{Groups}/{groupId}")).Status);
    }

    [Fact]
    public async Task A_service_account_gets_a_token_and_the_generated_client_works_with_it_until_it_expires()
    {
        using var atlas = new AtlasClient(new AtlasClientOptions { BaseAddress = Sim.BaseAddress, ClientId = Sim.Organization.ClientId, ClientSecret = Sim.Organization.ClientSecret });
        var group = await atlas.Projects.CreateGroupAsync(new Group { Name = "sa-" + Guid.NewGuid().ToString("N")[..10], OrgId = Sim.Organization.Id });
        Assert.Equal(group.Name, (await atlas.Projects.GetGroupAsync(group.Id!)).Name);

        using var wrongSecret = new HttpRequestMessage(HttpMethod.Post, new Uri(Sim.BaseAddress, "/api/oauth/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        wrongSecret.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Sim.Organization.ClientId + ":wrong")));
        using var refused = await Raw.SendAsync(wrongSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_client", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var token = new HttpRequestMessage(HttpMethod.Post, new Uri(Sim.BaseAddress, "/api/oauth/token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        token.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Sim.Organization.ClientId + ":" + Sim.Organization.ClientSecret)));
        using var issued = await Raw.SendAsync(token);
        using var body = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.RootElement.GetProperty("expires_in").GetInt32());

        Time.Advance(TimeSpan.FromHours(1));
        using var expired = new HttpRequestMessage(HttpMethod.Get, new Uri(Sim.BaseAddress, Groups));
        expired.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("access_token").GetString());
        using var afterExpiry = await Raw.SendAsync(expired);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry.StatusCode);
    }

    [Fact]
    public async Task Timestamps_end_in_Z_and_page_links_carry_previous_self_and_next_as_Atlas_builds_them()
    {
        using var wire = Wire();
        for (var i = 0; i < 3; i++)
        {
            await NewGroupAsync(wire);
        }

        var page = await wire.GetAsync($"{Groups}?itemsPerPage=1&pageNum=2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", page.Json.GetProperty("results")[0].GetProperty("created").GetString());
        var links = page.Json.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("rel").GetString()!, l => l.GetProperty("href").GetString()!);
        Assert.Equal(new[] { "previous", "self", "next" }, page.Json.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()));
        Assert.EndsWith("/api/atlas/v2/groups?includeCount=true&pageNum=2&itemsPerPage=1", links["self"], StringComparison.Ordinal);
        Assert.EndsWith("pageNum=1&itemsPerPage=1", links["previous"], StringComparison.Ordinal);
        Assert.EndsWith("pageNum=3&itemsPerPage=1", links["next"], StringComparison.Ordinal);

        var last = await wire.GetAsync($"{Groups}?itemsPerPage=1&pageNum=3");
        Assert.DoesNotContain("next", last.Json.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()));
    }
}
