namespace AtlasGen.Simulator.Tests;

/// <summary>The Teams (4), Third-Party Integrations (5), Auditing (2) and Test (1) operations on the wire.</summary>
public sealed class TeamIntegrationAuditingTestOperationTests : SimulatorWireTests
{
    public TeamIntegrationAuditingTestOperationTests(SimulatorFixture sim)
        : base(sim)
    {
    }

    private async Task<string> NewProjectAsync()
    {
        var created = await Wire.PostAsync("api/atlas/v2/groups", $$"""{"name":"t-{{Guid.NewGuid():N}}","orgId":"{{Sim.Org.Id}}"}""");
        return "api/atlas/v2/groups/" + created.Json.GetProperty("id").GetString();
    }

    [Fact]
    public async Task Teams_add_list_update_and_remove()
    {
        var project = await NewProjectAsync();
        var team = Sim.Org.TeamIds[0];
        var added = await Wire.PostAsync($"{project}/teams", $$"""[{"teamId":"{{team}}","roleNames":["GROUP_READ_ONLY"]}]""");
        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.Equal(team, added.Json.GetProperty("results")[0].GetProperty("teamId").GetString());
        Assert.Equal(1, (await Wire.GetAsync($"{project}/teams")).Json.GetProperty("totalCount").GetInt32());

        var updated = await Wire.PatchAsync($"{project}/teams/{team}", $$"""{"teamId":"{{team}}","roleNames":["GROUP_OWNER","GROUP_READ_ONLY"]}""");
        Assert.Equal(new[] { "GROUP_OWNER", "GROUP_READ_ONLY" }, updated.Json.GetProperty("results")[0].GetProperty("roleNames").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal("TEAM_ALREADY_IN_GROUP", (await Wire.PostAsync($"{project}/teams", $$"""[{"teamId":"{{team}}","roleNames":["GROUP_READ_ONLY"]}]""")).ErrorCode);
        Assert.Equal("TEAM_NOT_FOUND", (await Wire.PostAsync($"{project}/teams", """[{"teamId":"abababababababababababab","roleNames":["GROUP_READ_ONLY"]}]""")).ErrorCode);
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PatchAsync($"{project}/teams/{team}", $$"""{"teamId":"{{team}}","roleNames":["ORG_OWNER"]}""")).ErrorCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync($"{project}/teams/{team}")).Status);
        Assert.Equal("TEAM_NOT_FOUND", (await Wire.DeleteAsync($"{project}/teams/{team}")).ErrorCode);
        Assert.Equal("TEAM_NOT_FOUND", (await Wire.PatchAsync($"{project}/teams/{team}", $$"""{"teamId":"{{team}}","roleNames":["GROUP_OWNER"]}""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.DeleteAsync($"{project}/teams/team-1")).ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync("api/atlas/v2/groups/acacacacacacacacacacacac/teams")).ErrorCode);
        Assert.Equal("INVALID_GROUP_ID", (await Wire.GetAsync("api/atlas/v2/groups/ACACACACACACACACACACACAC/teams")).ErrorCode);
    }

    [Fact]
    public async Task Integrations_create_get_list_update_and_delete_with_redacted_secrets()
    {
        var project = await NewProjectAsync();
        var created = await Wire.PostAsync($"{project}/integrations/DATADOG", """{"type":"DATADOG","apiKey":"0123456789abcdef0123456789abcdef","region":"EU"}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal(1, created.Json.GetProperty("totalCount").GetInt32());
        var shown = (await Wire.GetAsync($"{project}/integrations/DATADOG")).Json;
        Assert.Equal("DATADOG", shown.GetProperty("type").GetString());
        Assert.Equal(new string('*', 28) + "cdef", shown.GetProperty("apiKey").GetString());

        var updated = await Wire.PutAsync($"{project}/integrations/DATADOG", """{"type":"DATADOG","apiKey":"ffffffffffffffffffff1234","region":"US"}""");
        Assert.Equal("US", updated.Json.GetProperty("results")[0].GetProperty("region").GetString());
        Assert.Single((await Wire.GetAsync($"{project}/integrations")).Json.GetProperty("results").EnumerateArray());

        Assert.Equal("INTEGRATION_ALREADY_EXISTS", (await Wire.PostAsync($"{project}/integrations/DATADOG", """{"type":"DATADOG","apiKey":"k"}""")).ErrorCode);
        Assert.Equal("MISSING_ATTRIBUTE", (await Wire.PostAsync($"{project}/integrations/SLACK", """{"type":"SLACK","apiToken":"t"}""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PostAsync($"{project}/integrations/SLACK", """{"type":"WEBHOOK","url":"https://x"}""")).ErrorCode);
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PostAsync($"{project}/integrations/CARRIER_PIGEON", """{"type":"CARRIER_PIGEON"}""")).ErrorCode);
        Assert.Equal("RESOURCE_NOT_FOUND", (await Wire.PutAsync($"{project}/integrations/WEBHOOK", """{"type":"WEBHOOK","url":"https://x"}""")).ErrorCode);

        await Wire.AssertDeletedAsync($"{project}/integrations/DATADOG", HttpStatusCode.NoContent, "RESOURCE_NOT_FOUND");
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync("api/atlas/v2/groups/acacacacacacacacacacacac/integrations")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{project}/integrations?pageNum=-1")).ErrorCode);
    }

    [Fact]
    public async Task Auditing_reads_defaults_and_updates()
    {
        var project = await NewProjectAsync();
        var initial = await Wire.GetAsync($"{project}/auditLog");
        Assert.False(initial.Json.GetProperty("enabled").GetBoolean());
        Assert.Equal("NONE", initial.Json.GetProperty("configurationType").GetString());

        var updated = await Wire.PatchAsync($"{project}/auditLog", """{"enabled":true,"auditFilter":"{\"atype\":\"authenticate\"}","auditAuthorizationSuccess":true}""");
        Assert.True(updated.Json.GetProperty("enabled").GetBoolean());
        Assert.Equal("FILTER_JSON", updated.Json.GetProperty("configurationType").GetString());
        Assert.True((await Wire.GetAsync($"{project}/auditLog")).Json.GetProperty("auditAuthorizationSuccess").GetBoolean());

        // Every field is optional in today's spec: a partial update keeps the rest.
        var partial = await Wire.PatchAsync($"{project}/auditLog", """{"enabled":false}""");
        Assert.False(partial.Json.GetProperty("enabled").GetBoolean());
        Assert.True(partial.Json.GetProperty("auditAuthorizationSuccess").GetBoolean());
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PatchAsync($"{project}/auditLog", """{"enabled":true,"auditFilter":"not json","auditAuthorizationSuccess":false}""")).ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync("api/atlas/v2/groups/abcdefabcdefabcdefabcdef/auditLog")).ErrorCode);
    }

    [Fact]
    public async Task VersionedExample_answers_on_2023_02_01_and_refuses_2023_01_01()
    {
        var example = await Wire.GetAsync("api/atlas/v2/example/info?additionalInfo=true", "application/vnd.atlas.2023-02-01+json");
        Assert.Equal(HttpStatusCode.OK, example.Status);
        Assert.Equal("application/vnd.atlas.2023-02-01+json", example.MediaType);
        Assert.NotNull(example.Json.GetProperty("additionalInfo").GetString());
        Assert.False((await Wire.GetAsync("api/atlas/v2/example/info", "application/vnd.atlas.2023-02-01+json")).Json.TryGetProperty("additionalInfo", out _));

        var wrongVersion = await Wire.GetAsync("api/atlas/v2/example/info", WireClient.V1);
        Assert.Equal(HttpStatusCode.NotAcceptable, wrongVersion.Status);
        Assert.Equal("NOT_ACCEPTABLE", wrongVersion.ErrorCode);
        Assert.Equal("application/json", wrongVersion.MediaType);
    }
}
