namespace AtlasGen.Simulator.Tests;

/// <summary>The 14 Programmatic API Keys operations on the wire, each happy path and an error with its exact errorCode.</summary>
public sealed class ApiKeyOperationTests : SimulatorWireTests
{
    public ApiKeyOperationTests(SimulatorFixture sim)
        : base(sim)
    {
    }

    private string Keys => $"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys";

    private async Task<string> NewProjectAsync()
    {
        var created = await Wire.PostAsync("api/atlas/v2/groups", $$"""{"name":"k-{{Guid.NewGuid():N}}","orgId":"{{Sim.Org.Id}}"}""");
        return created.Json.GetProperty("id").GetString()!;
    }

    private async Task<string> NewKeyAsync()
    {
        var created = await Wire.PostAsync(Keys, """{"desc":"test key","roles":["ORG_MEMBER"]}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        return created.Json.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task CreateApiKey_reveals_the_private_key_once_and_the_key_authenticates()
    {
        var created = await Wire.PostAsync(Keys, """{"desc":"ci key","roles":["ORG_READ_ONLY"]}""");
        var publicKey = created.Json.GetProperty("publicKey").GetString()!;
        var privateKey = created.Json.GetProperty("privateKey").GetString()!;
        Assert.Matches("^[a-z]{8}$", publicKey);
        Assert.DoesNotContain("*", privateKey, StringComparison.Ordinal);
        Assert.Equal("ORG_READ_ONLY", created.Json.GetProperty("roles")[0].GetProperty("roleName").GetString());

        var read = await Wire.GetAsync($"{Keys}/{created.Json.GetProperty("id").GetString()}");
        Assert.StartsWith("********-****-****-", read.Json.GetProperty("privateKey").GetString(), StringComparison.Ordinal);

        using var asNewKey = new AtlasGen.Atlas.AtlasClient(new AtlasGen.Runtime.AtlasClientOptions { BaseAddress = Sim.Simulator.BaseAddress, PublicKey = publicKey, PrivateKey = privateKey });
        Assert.NotNull((await asNewKey.Test.VersionedExampleAsync()).Description);

        Assert.Equal("MISSING_ATTRIBUTE", (await Wire.PostAsync(Keys, """{"roles":["ORG_MEMBER"]}""")).ErrorCode);
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PostAsync(Keys, """{"desc":"x","roles":["ORG_EMPEROR"]}""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PostAsync(Keys, $$"""{"desc":"{{new string('d', 251)}}","roles":["ORG_MEMBER"]}""")).ErrorCode);
    }

    [Fact]
    public async Task ListApiKeys_pages_the_organization_keys()
    {
        await NewKeyAsync();
        await NewKeyAsync();
        var page = await Wire.GetAsync($"{Keys}?itemsPerPage=2&pageNum=1");
        Assert.Equal(2, page.Json.GetProperty("results").GetArrayLength());
        Assert.True(page.Json.GetProperty("totalCount").GetInt32() >= 3);
        Assert.False((await Wire.GetAsync($"{Keys}?includeCount=false")).Json.TryGetProperty("totalCount", out _));

        var unknownOrg = await Wire.GetAsync("api/atlas/v2/orgs/ffffffffffffffffffffffff/apiKeys");
        Assert.Equal(HttpStatusCode.NotFound, unknownOrg.Status);
        Assert.Equal("ORG_NOT_FOUND", unknownOrg.ErrorCode);
        Assert.Equal("INVALID_ORG_ID", (await Wire.GetAsync("api/atlas/v2/orgs/org-1/apiKeys")).ErrorCode);
    }

    [Fact]
    public async Task GetApiKey_UpdateApiKey_DeleteApiKey()
    {
        var id = await NewKeyAsync();
        var updated = await Wire.PatchAsync($"{Keys}/{id}", """{"desc":"renamed","roles":["ORG_BILLING_ADMIN"]}""");
        Assert.Equal("renamed", updated.Json.GetProperty("desc").GetString());
        Assert.Equal("ORG_BILLING_ADMIN", Assert.Single(updated.Json.GetProperty("roles").EnumerateArray()).GetProperty("roleName").GetString());
        Assert.Equal("renamed", (await Wire.GetAsync($"{Keys}/{id}")).Json.GetProperty("desc").GetString());
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PatchAsync($"{Keys}/{id}", """{"roles":["ORG_KING"]}""")).ErrorCode);

        await Wire.AssertDeletedAsync($"{Keys}/{id}", HttpStatusCode.NoContent, "API_KEY_NOT_FOUND");
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{Keys}/not-hex")).ErrorCode);
    }

    [Fact]
    public async Task AccessList_create_list_get_delete_by_address_and_by_CIDR()
    {
        var id = await NewKeyAsync();
        var list = $"{Keys}/{id}/accessList";
        var created = await Wire.PostAsync(list, """[{"ipAddress":"192.0.2.1"},{"cidrBlock":"198.51.100.0/24"}]""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        // Atlas answers with the key's whole access list, a page.
        Assert.Equal(2, created.Json.GetProperty("totalCount").GetInt32());
        Assert.Equal("192.0.2.1/32", created.Json.GetProperty("results")[0].GetProperty("cidrBlock").GetString());

        var page = await Wire.GetAsync(list + "?itemsPerPage=1");
        Assert.Equal(2, page.Json.GetProperty("totalCount").GetInt32());
        Assert.Single(page.Json.GetProperty("results").EnumerateArray());

        Assert.Equal("192.0.2.1", (await Wire.GetAsync($"{list}/192.0.2.1")).Json.GetProperty("ipAddress").GetString());
        Assert.Equal("198.51.100.0/24", (await Wire.GetAsync($"{list}/198.51.100.0%2F24")).Json.GetProperty("cidrBlock").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync($"{list}/198.51.100.0%2F24")).Status);
        Assert.Equal("RESOURCE_NOT_FOUND", (await Wire.GetAsync($"{list}/198.51.100.0%2F24")).ErrorCode);
        Assert.Equal("RESOURCE_NOT_FOUND", (await Wire.DeleteAsync($"{list}/203.0.113.9")).ErrorCode);

        Assert.Equal("DUPLICATE_ACCESS_LIST_ENTRY", (await Wire.PostAsync(list, """[{"ipAddress":"192.0.2.1"}]""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PostAsync(list, """[{"ipAddress":"not-an-ip"}]""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PostAsync(list, """[{"ipAddress":"192.0.2.7","cidrBlock":"192.0.2.0/24"}]""")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{list}/hostname")).ErrorCode);
        Assert.Equal("API_KEY_NOT_FOUND", (await Wire.GetAsync($"{Keys}/acacacacacacacacacacacac/accessList")).ErrorCode);
    }

    [Fact]
    public async Task ProjectApiKeys_create_assign_list_update_and_unassign()
    {
        var groupId = await NewProjectAsync();
        var projectKeys = $"api/atlas/v2/groups/{groupId}/apiKeys";
        var created = await Wire.PostAsync(projectKeys, """{"desc":"project key","roles":["GROUP_READ_ONLY"]}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var createdId = created.Json.GetProperty("id").GetString()!;
        Assert.Equal(groupId, created.Json.GetProperty("roles")[0].GetProperty("groupId").GetString());

        var orgKey = await NewKeyAsync();
        var assigned = await Wire.PostAsync($"{projectKeys}/{orgKey}", """[{"roles":["GROUP_OWNER"]}]""");
        Assert.Equal(HttpStatusCode.NoContent, assigned.Status);
        var listed = await Wire.GetAsync(projectKeys);
        Assert.Equal(2, listed.Json.GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { createdId, orgKey }.OrderBy(x => x), listed.Json.GetProperty("results").EnumerateArray().Select(k => k.GetProperty("id").GetString()).OrderBy(x => x));

        var roles = await Wire.PatchAsync($"{projectKeys}/{orgKey}", """{"roles":["GROUP_DATA_ACCESS_READ_ONLY"]}""");
        Assert.Contains(roles.Json.GetProperty("roles").EnumerateArray(), r => r.GetProperty("roleName").GetString() == "GROUP_DATA_ACCESS_READ_ONLY" && r.GetProperty("groupId").GetString() == groupId);
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PatchAsync($"{projectKeys}/{orgKey}", """{"roles":["ORG_OWNER"]}""")).ErrorCode);
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.PostAsync($"{projectKeys}/{orgKey}", """[{"roles":["ORG_OWNER"]}]""")).ErrorCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync($"{projectKeys}/{orgKey}")).Status);
        Assert.Equal("API_KEY_NOT_IN_GROUP", (await Wire.DeleteAsync($"{projectKeys}/{orgKey}")).ErrorCode);
        Assert.Equal("API_KEY_NOT_IN_GROUP", (await Wire.PatchAsync($"{projectKeys}/{orgKey}", """{"roles":["GROUP_OWNER"]}""")).ErrorCode);
        Assert.Equal("API_KEY_NOT_FOUND", (await Wire.PostAsync($"{projectKeys}/aaaaaaaaaaaaaaaaaaaaaaaa", """[{"roles":["GROUP_OWNER"]}]""")).ErrorCode);
        Assert.Equal("MISSING_ATTRIBUTE", (await Wire.PostAsync(projectKeys, """{"desc":"no roles"}""")).ErrorCode);
        Assert.Equal(1, (await Wire.GetAsync(projectKeys)).Json.GetProperty("totalCount").GetInt32());
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync("api/atlas/v2/groups/acacacacacacacacacacacac/apiKeys")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync(projectKeys + "?itemsPerPage=0")).ErrorCode);
    }
}
