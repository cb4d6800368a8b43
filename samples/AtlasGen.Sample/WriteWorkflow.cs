using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;

namespace AtlasGen.Sample;

/// <summary>
/// The scripted workflow: a project with settings, limits and users; an organization API key with an access list,
/// assigned to the project; a team, an integration, auditing; paginated listings. It removes what it created at the
/// end, so it can run against a real organization with --write. It calls no deprecated operation (the invitations,
/// sunset 2027-07-01, and the removed Test endpoint), as new code shouldn't: ATLAS005 would flag them.
/// </summary>
internal sealed class WriteWorkflow(AtlasClient atlas, WorkflowLog log, int pageSize, string? teamId)
{
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var orgId = await OrganizationLookup.FindAsync(atlas, SimulatorOrg, ct).ConfigureAwait(false);
        var name = "atlasgen-sample-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var project = await atlas.Projects.CreateGroupAsync(new Group { Name = name, OrgId = orgId }, cancellationToken: ct).ConfigureAwait(false);
        var groupId = project.Id!;
        log.Step("Projects", $"created project {name} ({groupId})");
        try
        {
            await ProjectAsync(groupId, ct).ConfigureAwait(false);
            var keyId = await ApiKeyAsync(orgId, groupId, ct).ConfigureAwait(false);
            await TeamAsync(groupId, ct).ConfigureAwait(false);
            await IntegrationAndAuditingAsync(groupId, ct).ConfigureAwait(false);

            var projects = 0;
            await foreach (var _ in atlas.Projects.EnumerateGroupsAsync(pageSize, cancellationToken: ct).ConfigureAwait(false))
            {
                projects++;
            }

            log.Step("Projects", $"listed {projects} projects, {pageSize} per page");
            await atlas.ProgrammaticApiKeys.DeleteOrgApiKeyAsync(orgId, keyId, cancellationToken: ct).ConfigureAwait(false);
            log.Step("Programmatic API Keys", "removed the API key");
        }
        finally
        {
            await atlas.Projects.DeleteGroupAsync(groupId, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            log.Step("Projects", $"removed project {name}");
        }

        return $"Created, configured and removed project {name} in organization {orgId}.";
    }

    /// <summary>The embedded simulator's organization, when the sample runs against it.</summary>
    public string? SimulatorOrg { get; init; }

    private async Task ProjectAsync(string groupId, CancellationToken ct)
    {
        var settings = await atlas.Projects.GetGroupSettingsAsync(groupId, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Projects", $"read settings: schema advisor {(settings.IsSchemaAdvisorEnabled == true ? "on" : "off")}");
        settings = await atlas.Projects.UpdateGroupSettingsAsync(groupId, new GroupSettings { IsSchemaAdvisorEnabled = false }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Projects", $"updated settings: schema advisor {(settings.IsSchemaAdvisorEnabled == true ? "on" : "off")}");

        var limit = await atlas.Projects.SetGroupLimitAsync(groupId, ProjectLimitName.AtlasProjectDeploymentClusters, new DataFederationLimit { Value = 10 }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Projects", $"set limit {limit.Name} = {limit.Value} (max {limit.MaximumLimit})");
        var limits = await atlas.Projects.ListGroupLimitsAsync(groupId, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Projects", $"listed {limits.Count} limits");

        var users = await atlas.MongoDbCloudUsers.ListGroupUsersAsync(groupId, cancellationToken: ct).ConfigureAwait(false);
        log.Step("MongoDB Cloud Users", $"the project has {users.TotalCount ?? users.Results.Count} user(s)");
    }

    private async Task<string> ApiKeyAsync(string orgId, string groupId, CancellationToken ct)
    {
        var key = await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAsync(orgId,
            new CreateAtlasOrganizationApiKey { Desc = "AtlasGen sample key", Roles = new() { OrgRole.OrgMember } }, cancellationToken: ct).ConfigureAwait(false);
        var keyId = key.Id!;
        log.Step("Programmatic API Keys", $"created organization API key {key.PublicKey}");

        var entries = new List<UserAccessListRequest>
        {
            new() { IpAddress = "192.0.2.10" },
            new() { IpAddress = "192.0.2.11" },
            new() { CidrBlock = "198.51.100.0/24" },
        };
        await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAccessListEntryAsync(orgId, keyId, entries, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Programmatic API Keys", $"added {entries.Count} access-list entries");
        var listed = 0;
        await foreach (var _ in atlas.ProgrammaticApiKeys.EnumerateOrgApiKeyAccessListEntriesAsync(orgId, keyId, pageSize, cancellationToken: ct).ConfigureAwait(false))
        {
            listed++;
        }

        log.Step("Programmatic API Keys", $"listed {listed} access-list entries, {pageSize} per page");

        await atlas.ProgrammaticApiKeys.AddGroupApiKeyAsync(groupId, keyId,
            new List<UserAccessRoleAssignment> { new() { Roles = new() { "GROUP_READ_ONLY" } } }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Programmatic API Keys", "assigned the key to the project as GROUP_READ_ONLY");
        var assigned = await atlas.ProgrammaticApiKeys.ListGroupApiKeysAsync(groupId, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Programmatic API Keys", $"the project has {assigned.TotalCount} API key(s)");
        return keyId;
    }

    private async Task TeamAsync(string groupId, CancellationToken ct)
    {
        if (teamId is null)
        {
            log.Step("Teams", "skipped adding a team (no team ID on a real organization)");
            return;
        }

        var added = await atlas.Teams.AddGroupTeamsAsync(groupId,
            new List<TeamRole> { new() { TeamId = teamId, RoleNames = new() { "GROUP_READ_ONLY" } } }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Teams", $"added {added.Results?.Count ?? 0} team to the project");
    }

    private async Task IntegrationAndAuditingAsync(string groupId, CancellationToken ct)
    {
        var integrations = await atlas.ThirdPartyIntegrations.CreateGroupIntegrationAsync(groupId, ThirdPartyIntegrationType.Webhook,
            new Webhook { Url = "https://hooks.example.com/atlas", Secret = "s3cret" }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Third-Party Integrations", $"configured a webhook ({integrations.TotalCount} integration(s), URL shown as {(integrations.Results[0] as Webhook)?.Url})");

        var auditing = await atlas.Auditing.UpdateGroupAuditLogAsync(groupId,
            new AuditLog { Enabled = true, AuditFilter = "{\"atype\":\"authenticate\"}", AuditAuthorizationSuccess = false }, cancellationToken: ct).ConfigureAwait(false);
        log.Step("Auditing", $"enabled auditing ({auditing.ConfigurationType})");
    }
}
