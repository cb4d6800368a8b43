using System.Text.Json;

namespace AtlasGen.Simulator.Tests;

/// <summary>The 19 Projects operations on the wire: each happy path, and at least one error with its exact errorCode.</summary>
public sealed class ProjectOperationTests : SimulatorWireTests
{
    private const string Groups = "api/atlas/v2/groups";

    public ProjectOperationTests(SimulatorFixture sim)
        : base(sim)
    {
    }

    private async Task<(string Id, string Name)> NewProjectAsync()
    {
        var name = "proj-" + Guid.NewGuid().ToString("N")[..10];
        var created = await Wire.PostAsync(Groups, $$"""{"name":"{{name}}","orgId":"{{Sim.Org.Id}}"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return (created.Json.GetProperty("id").GetString()!, name);
    }

    [Fact]
    public async Task CreateProject_returns_the_project_and_refuses_a_taken_name_and_bad_fields()
    {
        var name = "create-" + Guid.NewGuid().ToString("N")[..8];
        // readOnly fields (clusterCount, id) in a request are refused: AtlasBehaviourTests.
        var created = await Wire.PostAsync(Groups, $$"""{"name":"{{name}}","orgId":"{{Sim.Org.Id}}"}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(WireClient.V1, created.MediaType);
        Assert.Equal(name, created.Json.GetProperty("name").GetString());
        Assert.Equal(0, created.Json.GetProperty("clusterCount").GetInt64());
        Assert.Matches("^[a-f0-9]{24}$", created.Json.GetProperty("id").GetString());

        var duplicate = await Wire.PostAsync(Groups, $$"""{"name":"{{name}}","orgId":"{{Sim.Org.Id}}"}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.Status);
        Assert.Equal("GROUP_ALREADY_EXISTS", duplicate.ErrorCode);

        var missing = await Wire.PostAsync(Groups, $$"""{"orgId":"{{Sim.Org.Id}}"}""");
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("MISSING_ATTRIBUTE", missing.ErrorCode);
        Assert.Equal("name", missing.Json.GetProperty("parameters")[0].GetString());

        var badName = await Wire.PostAsync(Groups, $$"""{"name":"no/slashes","orgId":"{{Sim.Org.Id}}"}""");
        Assert.Equal("INVALID_ATTRIBUTE", badName.ErrorCode);

        var unknownOrg = await Wire.PostAsync(Groups, """{"name":"x-unknown-org","orgId":"aaaaaaaaaaaaaaaaaaaaaaaa"}""");
        Assert.Equal(HttpStatusCode.NotFound, unknownOrg.Status);
        Assert.Equal("ORG_NOT_FOUND", unknownOrg.ErrorCode);

        var malformed = await Wire.PostAsync(Groups, "{\"name\":");
        Assert.Equal("INVALID_JSON", malformed.ErrorCode);
    }

    [Fact]
    public async Task ListProjects_pages_and_checks_itemsPerPage()
    {
        await NewProjectAsync();
        await NewProjectAsync();
        var page = await Wire.GetAsync(Groups + "?itemsPerPage=1&pageNum=2");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Json.GetProperty("results").EnumerateArray());
        Assert.True(page.Json.GetProperty("totalCount").GetInt32() >= 2);

        var tooMany = await Wire.GetAsync(Groups + "?itemsPerPage=501");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Equal("INVALID_ATTRIBUTE", tooMany.ErrorCode);
        var pageZero = await Wire.GetAsync(Groups + "?pageNum=0");
        Assert.Equal("INVALID_ATTRIBUTE", pageZero.ErrorCode);
    }

    [Fact]
    public async Task GetProject_and_GetProjectByName_find_the_project_and_404_otherwise()
    {
        var (id, name) = await NewProjectAsync();
        Assert.Equal(name, (await Wire.GetAsync($"{Groups}/{id}")).Json.GetProperty("name").GetString());
        Assert.Equal(id, (await Wire.GetAsync($"{Groups}/byName/{name}")).Json.GetProperty("id").GetString());

        var badId = await Wire.GetAsync($"{Groups}/not-an-id");
        Assert.Equal(HttpStatusCode.BadRequest, badId.Status);
        Assert.Equal("INVALID_GROUP_ID", badId.ErrorCode);
        var unknown = await Wire.GetAsync($"{Groups}/bbbbbbbbbbbbbbbbbbbbbbbb");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("GROUP_NOT_FOUND", unknown.ErrorCode);
        Assert.Equal("GROUP_NAME_NOT_FOUND", (await Wire.GetAsync($"{Groups}/byName/nobody-{Guid.NewGuid():N}"[..40])).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{Groups}/byName/{new string('n', 65)}")).ErrorCode);
    }

    [Fact]
    public async Task DeleteProject_removes_it_and_404s_the_second_time()
    {
        var (id, name) = await NewProjectAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await Wire.DeleteAsync($"{Groups}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Wire.GetAsync($"{Groups}/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Wire.GetAsync($"{Groups}/byName/{name}")).Status);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.DeleteAsync($"{Groups}/{id}")).ErrorCode);
    }

    [Fact]
    public async Task Invitations_create_list_get_update_and_cancel()
    {
        var (id, name) = await NewProjectAsync();
        var created = await Wire.PostAsync($"{Groups}/{id}/invites", """{"username":"ann@example.com","roles":["GROUP_READ_ONLY"]}""");
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var invitationId = created.Json.GetProperty("id").GetString()!;
        Assert.Equal(name, created.Json.GetProperty("groupName").GetString());
        Assert.Equal(Sim.Org.PublicKey, created.Json.GetProperty("inviterUsername").GetString());

        var list = await Wire.GetAsync($"{Groups}/{id}/invites?username=ann@example.com");
        Assert.Equal(invitationId, Assert.Single(list.Json.EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await Wire.GetAsync($"{Groups}/{id}/invites?username=bob@example.com")).Json.EnumerateArray());

        var byName = await Wire.PatchAsync($"{Groups}/{id}/invites", """{"username":"ann@example.com","roles":["GROUP_OWNER"]}""");
        Assert.Equal("GROUP_OWNER", byName.Json.GetProperty("roles")[0].GetString());
        var byId = await Wire.PatchAsync($"{Groups}/{id}/invites/{invitationId}", """{"roles":["GROUP_CLUSTER_MANAGER"]}""");
        Assert.Equal("GROUP_CLUSTER_MANAGER", byId.Json.GetProperty("roles")[0].GetString());
        Assert.Equal("GROUP_CLUSTER_MANAGER", (await Wire.GetAsync($"{Groups}/{id}/invites/{invitationId}")).Json.GetProperty("roles")[0].GetString());

        await Wire.AssertDeletedAsync($"{Groups}/{id}/invites/{invitationId}", HttpStatusCode.NoContent, "INVITATION_NOT_FOUND");
    }

    [Fact]
    public async Task Invitations_refuse_unknown_roles_duplicates_and_unknown_invitations()
    {
        var (id, _) = await NewProjectAsync();
        // Today's spec types project roles as strings; a role of another scope is still refused.
        var badRole = await Wire.PostAsync($"{Groups}/{id}/invites", """{"username":"c@example.com","roles":["ORG_OWNER"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, badRole.Status);
        Assert.Equal("INVALID_ENUM_VALUE", badRole.ErrorCode);
        Assert.Equal("ORG_OWNER", badRole.Json.GetProperty("parameters")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await Wire.PostAsync($"{Groups}/{id}/invites", """{"username":"c@example.com","roles":["GROUP_OWNER"]}""")).Status);
        var again = await Wire.PostAsync($"{Groups}/{id}/invites", """{"username":"c@example.com","roles":["GROUP_OWNER"]}""");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("USER_ALREADY_INVITED", again.ErrorCode);

        Assert.Equal("INVITATION_NOT_FOUND", (await Wire.PatchAsync($"{Groups}/{id}/invites", """{"username":"nobody@example.com","roles":["GROUP_OWNER"]}""")).ErrorCode);
        Assert.Equal("MISSING_ATTRIBUTE", (await Wire.PatchAsync($"{Groups}/{id}/invites/cccccccccccccccccccccccc", "{}")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{Groups}/{id}/invites/xyz")).ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync($"{Groups}/cccccccccccccccccccccccc/invites")).ErrorCode);
    }

    [Fact]
    public async Task Limits_set_get_list_and_delete()
    {
        var (id, _) = await NewProjectAsync();
        var clusters = $"{Groups}/{id}/limits/atlas.project.deployment.clusters";
        var initial = await Wire.GetAsync(clusters);
        Assert.Equal(25, initial.Json.GetProperty("value").GetInt64());
        Assert.Equal(90, initial.Json.GetProperty("maximumLimit").GetInt64());

        var set = await Wire.PatchAsync(clusters, """{"value":40}""");
        Assert.Equal(40, set.Json.GetProperty("value").GetInt64());
        var listed = (await Wire.GetAsync($"{Groups}/{id}/limits")).Json.EnumerateArray().ToList();
        Assert.Equal(40, listed.Single(l => l.GetProperty("name").GetString() == "atlas.project.deployment.clusters").GetProperty("value").GetInt64());
        Assert.DoesNotContain(listed, l => l.GetProperty("name").GetString()!.StartsWith("dataFederation", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync(clusters)).Status);
        Assert.Equal(25, (await Wire.GetAsync(clusters)).Json.GetProperty("value").GetInt64());

        var federation = $"{Groups}/{id}/limits/dataFederation.bytesProcessed.daily";
        Assert.Equal("RESOURCE_NOT_FOUND", (await Wire.GetAsync(federation)).ErrorCode);
        // overrunPolicy left today's spec: it is an unknown attribute now.
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PatchAsync(federation, """{"value":1000000,"overrunPolicy":"BLOCK"}""")).ErrorCode);
        var df = await Wire.PatchAsync(federation, """{"value":1000000}""");
        Assert.Equal(1000000, df.Json.GetProperty("value").GetInt64());
        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync(federation)).Status);
        Assert.Equal("RESOURCE_NOT_FOUND", (await Wire.DeleteAsync(federation)).ErrorCode);
    }

    [Fact]
    public async Task Limits_refuse_unknown_names_missing_and_out_of_range_values()
    {
        var (id, _) = await NewProjectAsync();
        Assert.Equal("INVALID_ENUM_VALUE", (await Wire.GetAsync($"{Groups}/{id}/limits/atlas.project.everything")).ErrorCode);
        var clusters = $"{Groups}/{id}/limits/atlas.project.deployment.clusters";
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PatchAsync(clusters, """{"value":91}""")).ErrorCode);
        Assert.Equal("MISSING_ATTRIBUTE", (await Wire.PatchAsync(clusters, "{}")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PatchAsync(clusters, """{"value":"ten"}""")).ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync($"{Groups}/dddddddddddddddddddddddd/limits")).ErrorCode);
    }

    [Fact]
    public async Task Settings_read_and_partially_update()
    {
        var (id, _) = await NewProjectAsync();
        var settings = await Wire.GetAsync($"{Groups}/{id}/settings");
        Assert.True(settings.Json.GetProperty("isDataExplorerEnabled").GetBoolean());
        var updated = await Wire.PatchAsync($"{Groups}/{id}/settings", """{"isDataExplorerEnabled":false}""");
        Assert.False(updated.Json.GetProperty("isDataExplorerEnabled").GetBoolean());
        Assert.True(updated.Json.GetProperty("isSchemaAdvisorEnabled").GetBoolean());
        Assert.False((await Wire.GetAsync($"{Groups}/{id}/settings")).Json.GetProperty("isDataExplorerEnabled").GetBoolean());

        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.PatchAsync($"{Groups}/{id}/settings", """{"isDataExplorerEnabled":"yes"}""")).ErrorCode);
        Assert.Equal("GROUP_NOT_FOUND", (await Wire.GetAsync($"{Groups}/eeeeeeeeeeeeeeeeeeeeeeee/settings")).ErrorCode);
    }

    [Fact]
    public async Task Users_list_members_and_remove_one()
    {
        var (id, _) = await NewProjectAsync();
        var users = await Wire.GetAsync($"{Groups}/{id}/users");
        var owner = Assert.Single(users.Json.GetProperty("results").EnumerateArray());
        Assert.Equal(Sim.Org.OwnerUserId, owner.GetProperty("id").GetString());
        Assert.Equal(3, (await Wire.GetAsync($"{Groups}/{id}/users?includeOrgUsers=true")).Json.GetProperty("totalCount").GetInt32());
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{Groups}/{id}/users?flattenTeams=maybe")).ErrorCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Wire.DeleteAsync($"{Groups}/{id}/users/{Sim.Org.OwnerUserId}")).Status);
        Assert.Equal(0, (await Wire.GetAsync($"{Groups}/{id}/users")).Json.GetProperty("totalCount").GetInt32());
        Assert.Equal("USER_NOT_IN_GROUP", (await Wire.DeleteAsync($"{Groups}/{id}/users/{Sim.Org.OwnerUserId}")).ErrorCode);
    }
}
