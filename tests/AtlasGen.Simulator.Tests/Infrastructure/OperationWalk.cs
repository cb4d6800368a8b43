namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>Calls each of the 45 operations once through the generated client, checking each answer, in an order that sets up what the next needs.</summary>
public static class OperationWalk
{
    public static async Task RunAsync(AtlasClient atlas, SimulatorOrganization organization)
    {
        var org = organization.Id;

        // Test and Projects
        Assert.Equal(3, (await atlas.Test.VersionedExampleAsync()).Data!.Count);
        var name = "client-" + Guid.NewGuid().ToString("N")[..10];
        var project = await atlas.Projects.CreateGroupAsync(new Group { Name = name, OrgId = org });
        var g = project.Id!;
        Assert.Contains((await atlas.Projects.ListGroupsAsync(itemsPerPage: 500)).Results, p => p.Id == g);
        Assert.Equal(g, (await atlas.Projects.GetGroupByNameAsync(name)).Id);
        Assert.Equal(name, (await atlas.Projects.GetGroupAsync(g)).Name);
        Assert.False((await atlas.Projects.UpdateGroupSettingsAsync(g, new GroupSettings { IsRealtimePerformancePanelEnabled = false })).IsRealtimePerformancePanelEnabled);
        Assert.False((await atlas.Projects.GetGroupSettingsAsync(g)).IsRealtimePerformancePanelEnabled);
        Assert.Equal(12, (await atlas.Projects.SetGroupLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters, new DataFederationLimit { Value = 12 })).Value);
        Assert.IsType<DefaultLimit>(await atlas.Projects.GetGroupLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters));
        Assert.Contains(await atlas.Projects.ListGroupLimitsAsync(g), l => l.Name == ProjectLimitName.AtlasProjectDeploymentClusters.Value && l.Value == 12);
        await atlas.Projects.DeleteGroupLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters);
        Assert.Equal(5_000_000, (await atlas.Projects.SetGroupLimitAsync(g, ProjectLimitName.DataFederationBytesProcessedDaily, new DataFederationLimit { Value = 5_000_000 })).Value);

        var invitation = await atlas.Projects.CreateGroupInviteAsync(g, new GroupInvitationRequest { Username = "eve@example.com", Roles = new() { "GROUP_READ_ONLY" } });
        Assert.Single(await atlas.Projects.ListGroupInvitesAsync(g));
        Assert.Equal("GROUP_OWNER", (await atlas.Projects.UpdateGroupInvitesAsync(g, new GroupInvitationRequest { Username = "eve@example.com", Roles = new() { "GROUP_OWNER" } })).Roles![0]);
        Assert.Equal("GROUP_CLUSTER_MANAGER", (await atlas.Projects.UpdateGroupInviteByIdAsync(g, invitation.Id!, new GroupInvitationUpdateRequest { Roles = new() { "GROUP_CLUSTER_MANAGER" } })).Roles![0]);
        Assert.Equal("eve@example.com", (await atlas.Projects.GetGroupInviteAsync(g, invitation.Id!)).Username);
        await atlas.Projects.DeleteGroupInviteAsync(g, invitation.Id!);
        Assert.Equal(1, (await atlas.MongoDbCloudUsers.ListGroupUsersAsync(g)).TotalCount);
        Assert.Equal(organization.OwnerUserId, (await atlas.MongoDbCloudUsers.ListGroupUsersV20230101Async(g)).Results[0].Id);
        await atlas.MongoDbCloudUsers.RemoveGroupUserAsync(g, organization.OwnerUserId);

        // Programmatic API Keys
        var key = await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAsync(org, new CreateAtlasOrganizationApiKey { Desc = "client test", Roles = new() { OrgRole.OrgMember } });
        var k = key.Id!;
        Assert.Contains((await atlas.ProgrammaticApiKeys.ListOrgApiKeysAsync(org, itemsPerPage: 500)).Results, x => x.Id == k);
        Assert.Equal(key.PublicKey, (await atlas.ProgrammaticApiKeys.GetOrgApiKeyAsync(org, k)).PublicKey);
        Assert.Equal("renamed", (await atlas.ProgrammaticApiKeys.UpdateOrgApiKeyAsync(org, k, new UpdateAtlasOrganizationApiKey { Desc = "renamed" })).Desc);
        Assert.Equal("192.0.2.44", (await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAccessListEntryAsync(org, k, new List<UserAccessListRequest> { new() { IpAddress = "192.0.2.44" } })).Results[0].IpAddress);
        Assert.Equal(1, (await atlas.ProgrammaticApiKeys.ListOrgApiKeyAccessListEntriesAsync(org, k)).TotalCount);
        Assert.Equal("192.0.2.44/32", (await atlas.ProgrammaticApiKeys.GetOrgApiKeyAccessListEntryAsync(org, k, "192.0.2.44")).CidrBlock);
        await atlas.ProgrammaticApiKeys.DeleteOrgApiKeyAccessListEntryAsync(org, k, "192.0.2.44");
        await atlas.ProgrammaticApiKeys.AddGroupApiKeyAsync(g, k, new List<UserAccessRoleAssignment> { new() { Roles = new() { "GROUP_READ_ONLY" } } });
        Assert.Contains((await atlas.ProgrammaticApiKeys.UpdateGroupApiKeyRolesAsync(g, k, new UpdateAtlasProjectApiKey { Roles = new() { "GROUP_OWNER" } })).Roles!, r => r.GroupId == g && r.RoleName == "GROUP_OWNER");
        var projectKey = await atlas.ProgrammaticApiKeys.CreateGroupApiKeyAsync(g, new CreateAtlasProjectApiKey { Desc = "project key", Roles = new() { "GROUP_READ_ONLY" } });
        Assert.Equal(2, (await atlas.ProgrammaticApiKeys.ListGroupApiKeysAsync(g)).TotalCount);
        await atlas.ProgrammaticApiKeys.RemoveGroupApiKeyAsync(g, k);
        await atlas.ProgrammaticApiKeys.DeleteOrgApiKeyAsync(org, k);
        await atlas.ProgrammaticApiKeys.DeleteOrgApiKeyAsync(org, projectKey.Id!);

        // Teams
        var team = organization.TeamIds[1];
        Assert.Equal(team, (await atlas.Teams.AddGroupTeamsAsync(g, new List<TeamRole> { new() { TeamId = team, RoleNames = new() { "GROUP_READ_ONLY" } } })).Results[0].TeamId);
        Assert.Equal(1, (await atlas.Teams.ListGroupTeamsAsync(g)).TotalCount);
        Assert.Equal("GROUP_OWNER", (await atlas.Teams.UpdateGroupTeamAsync(g, team, new TeamRole { TeamId = team, RoleNames = new() { "GROUP_OWNER" } })).Results[0].RoleNames[0]);
        await atlas.Teams.RemoveGroupTeamAsync(g, team);

        // Third-Party Integrations
        var created = await atlas.ThirdPartyIntegrations.CreateGroupIntegrationAsync(g, ThirdPartyIntegrationType.Slack,
            new Slack { ApiToken = "xoxb-0000-1111", ChannelName = "alerts", TeamName = "ops" });
        Assert.Equal("alerts", Assert.IsType<Slack>(created.Results[0]).ChannelName);
        Assert.EndsWith("1111", Assert.IsType<Slack>(await atlas.ThirdPartyIntegrations.GetGroupIntegrationAsync(g, ThirdPartyIntegrationType.Slack)).ApiToken, StringComparison.Ordinal);
        var updated = await atlas.ThirdPartyIntegrations.UpdateGroupIntegrationAsync(g, ThirdPartyIntegrationType.Slack, new Slack { ApiToken = "xoxb-2222", ChannelName = "pages" });
        Assert.Equal("pages", Assert.IsType<Slack>(updated.Results[0]).ChannelName);
        Assert.Equal(1, (await atlas.ThirdPartyIntegrations.ListGroupIntegrationsAsync(g)).TotalCount);
        await atlas.ThirdPartyIntegrations.DeleteGroupIntegrationAsync(g, ThirdPartyIntegrationType.Slack);

        // Auditing, then the project goes
        Assert.True((await atlas.Auditing.UpdateGroupAuditLogAsync(g, new AuditLog { Enabled = true, AuditFilter = "{}", AuditAuthorizationSuccess = true })).Enabled);
        Assert.True((await atlas.Auditing.GetGroupAuditLogAsync(g)).AuditAuthorizationSuccess);
        await atlas.Projects.DeleteGroupAsync(g);
    }
}
