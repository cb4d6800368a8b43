using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Runtime;
using AtlasGen.Simulator.Tests.Infrastructure;
using Xunit;

namespace AtlasGen.Simulator.Tests;

/// <summary>
/// The generated AtlasClient, over the runtime's digest handler on real loopback HTTP, calls every one of the 45
/// operations against the simulator; a recording handler proves each one answered with a success status.
/// </summary>
public sealed class GeneratedClientTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _sim;

    public GeneratedClientTests(SimulatorFixture sim) => _sim = sim;

    private sealed class SuccessRecorder(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public ConcurrentDictionary<string, int> Succeeded { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode && request.Options.TryGetValue(AtlasRequestOptions.OperationId, out var operationId))
            {
                Succeeded.AddOrUpdate(operationId, 1, (_, n) => n + 1);
            }

            return response;
        }
    }

    private static HashSet<string> SpecOperations() => typeof(AtlasClient).Assembly.GetTypes()
        .Where(t => t.Namespace == "AtlasGen.Atlas")
        .SelectMany(t => t.GetMethods())
        .Select(m => m.GetCustomAttribute<AtlasOperationAttribute>()?.OperationId)
        .OfType<string>()
        .ToHashSet();

    [Fact]
    public async Task Every_operation_succeeds_through_the_generated_client()
    {
        var options = _sim.Options();
        var recorder = new SuccessRecorder(new SocketsHttpHandler());
        using var http = AtlasHttpClientFactory.Create(options, recorder);
        using var atlas = new AtlasClient(http, options);
        var org = _sim.Org.Id;

        // Test and Projects
        Assert.Equal(3, (await atlas.Test.VersionedExampleAsync()).Data!.Count);
        var name = "client-" + Guid.NewGuid().ToString("N")[..10];
        var project = await atlas.Projects.CreateProjectAsync(new ApiAtlasGroupView { Name = name, OrgId = org });
        var g = project.Id!;
        Assert.Contains((await atlas.Projects.ListProjectsAsync(itemsPerPage: 500)).Results!, p => p.Id == g);
        Assert.Equal(g, (await atlas.Projects.GetProjectByNameAsync(name)).Id);
        Assert.Equal(name, (await atlas.Projects.GetProjectAsync(g)).Name);
        Assert.False((await atlas.Projects.UpdateProjectSettingsAsync(g, new ApiAtlasGroupSettingsView { IsRealtimePerformancePanelEnabled = false })).IsRealtimePerformancePanelEnabled);
        Assert.False((await atlas.Projects.GetProjectSettingsAsync(g)).IsRealtimePerformancePanelEnabled);
        Assert.Equal(12, (await atlas.Projects.SetProjectLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters, new ApiLimitView { Value = 12 })).Value);
        Assert.Equal(12, (await atlas.Projects.GetProjectLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters)).Value);
        Assert.Equal(12, (await atlas.Projects.ListProjectLimitsAsync(g)).Value);
        await atlas.Projects.DeleteProjectLimitAsync(g, ProjectLimitName.AtlasProjectDeploymentClusters);
        var federation = await atlas.Projects.SetProjectLimitAsync(g, ProjectLimitName.DataFederationBytesProcessedDaily,
            new ApiAtlasDataFederationQueryLimitView { Value = 5_000_000, OverrunPolicy = ApiAtlasDataFederationQueryLimitViewOverrunPolicy.Block });
        Assert.Equal(ApiAtlasDataFederationQueryLimitViewOverrunPolicy.Block, Assert.IsType<ApiAtlasDataFederationQueryLimitView>(federation).OverrunPolicy);

        var invitation = await atlas.Projects.CreateProjectInvitationAsync(g, new ApiGroupInvitationRequestView { Username = "eve@example.com", Roles = new() { ProjectRole.GroupReadOnly } });
        Assert.Single(await atlas.Projects.ListProjectInvitationsAsync(g));
        Assert.Equal(ProjectRole.GroupOwner, (await atlas.Projects.UpdateProjectInvitationAsync(g, new ApiGroupInvitationRequestView { Username = "eve@example.com", Roles = new() { ProjectRole.GroupOwner } })).Roles![0]);
        Assert.Equal(ProjectRole.GroupClusterManager, (await atlas.Projects.UpdateProjectInvitationByIdAsync(g, invitation.Id!, new ApiGroupInvitationUpdateRequestView { Roles = new() { ProjectRole.GroupClusterManager } })).Roles![0]);
        Assert.Equal("eve@example.com", (await atlas.Projects.GetProjectInvitationAsync(g, invitation.Id!)).Username);
        await atlas.Projects.DeleteProjectInvitationAsync(g, invitation.Id!);
        Assert.Equal(1, (await atlas.Projects.ListProjectUsersAsync(g)).TotalCount);
        await atlas.Projects.RemoveProjectUserAsync(g, _sim.Org.OwnerUserId);

        // Programmatic API Keys
        var key = await atlas.ProgrammaticApiKeys.CreateApiKeyAsync(org, new ApiCreateApiKeyView { Desc = "client test", Roles = new() { OrgRole.OrgMember } });
        var k = key.Id!;
        Assert.Contains((await atlas.ProgrammaticApiKeys.ListApiKeysAsync(org, itemsPerPage: 500)).Results!, x => x.Id == k);
        Assert.Equal(key.PublicKey, (await atlas.ProgrammaticApiKeys.GetApiKeyAsync(org, k)).PublicKey);
        Assert.Equal("renamed", (await atlas.ProgrammaticApiKeys.UpdateApiKeyAsync(org, k, new ApiApiUserView { Desc = "renamed" })).Desc);
        Assert.Equal("192.0.2.44", (await atlas.ProgrammaticApiKeys.CreateApiKeyAccessListAsync(org, k, new List<ApiUserAccessListView> { new() { IpAddress = "192.0.2.44" } })).IpAddress);
        Assert.Equal(1, (await atlas.ProgrammaticApiKeys.ListApiKeyAccessListsEntriesAsync(org, k)).TotalCount);
        Assert.Equal("192.0.2.44/32", (await atlas.ProgrammaticApiKeys.GetApiKeyAccessListAsync(org, k, "192.0.2.44")).CidrBlock);
        await atlas.ProgrammaticApiKeys.DeleteApiKeyAcessListAsync(org, k, "192.0.2.44");
        await atlas.ProgrammaticApiKeys.AddProjectApiKeyAsync(g, k, new List<ApiUserRoleAssignment> { new() { Roles = new() { ProjectApiKeyRole.GroupReadOnly } } });
        Assert.Contains((await atlas.ProgrammaticApiKeys.UpdateApiKeyRolesAsync(g, k, new ApiCreateApiKeyView { Roles = new() { new OrgRole("GROUP_OWNER") } })).Roles!, r => r.GroupId == g && r.RoleName == OrgOrProjectRole.GroupOwner);
        var projectKey = await atlas.ProgrammaticApiKeys.CreateProjectApiKeyAsync(g, new ApiCreateApiKeyView { Desc = "project key", Roles = new() { OrgRole.OrgReadOnly } });
        Assert.Equal(2, (await atlas.ProgrammaticApiKeys.ListProjectApiKeysAsync(g)).TotalCount);
        await atlas.ProgrammaticApiKeys.RemoveProjectApiKeyAsync(g, k);
        await atlas.ProgrammaticApiKeys.DeleteApiKeyAsync(org, k);
        await atlas.ProgrammaticApiKeys.DeleteApiKeyAsync(org, projectKey.Id!);

        // Teams
        var team = _sim.Org.TeamIds[1];
        Assert.Equal(team, (await atlas.Teams.AddAllTeamsToProjectAsync(g, new List<ApiTeamRoleView> { new() { TeamId = team, RoleNames = new() { ProjectRole.GroupReadOnly } } })).Results![0].TeamId);
        Assert.Equal(1, (await atlas.Teams.ListProjectTeamsAsync(g)).TotalCount);
        Assert.Equal(ProjectRole.GroupOwner, (await atlas.Teams.UpdateTeamRolesAsync(g, team, new ApiTeamRoleView { RoleNames = new() { ProjectRole.GroupOwner } })).Results![0].RoleNames![0]);
        await atlas.Teams.RemoveProjectTeamAsync(g, team);

        // Third-Party Integrations
        var created = await atlas.ThirdPartyIntegrations.CreateThirdPartyIntegrationAsync(g, IntegrationType.Slack,
            new ApiSlackView { ApiToken = "xoxb-0000-1111", ChannelName = "alerts", TeamName = "ops" });
        Assert.Equal("alerts", created.Results![0].AsApiSlackView!.ChannelName);
        Assert.EndsWith("1111", (await atlas.ThirdPartyIntegrations.GetThirdPartyIntegrationAsync(g, IntegrationType.Slack)).AsApiSlackView!.ApiToken, StringComparison.Ordinal);
        var updated = await atlas.ThirdPartyIntegrations.UpdateThirdPartyIntegrationAsync(g, IntegrationType.Slack, new ApiSlackView { ApiToken = "xoxb-2222", ChannelName = "pages" });
        Assert.Equal("pages", updated.Results![0].AsApiSlackView!.ChannelName);
        Assert.Equal(1, (await atlas.ThirdPartyIntegrations.ListThirdPartyIntegrationsAsync(g)).TotalCount);
        await atlas.ThirdPartyIntegrations.DeleteThirdPartyIntegrationAsync(g, IntegrationType.Slack);

        // Auditing, then the project goes
        Assert.True((await atlas.Auditing.UpdateAuditingConfigurationAsync(g, new ApiAtlasAuditLogView { Enabled = true, AuditFilter = "{}", AuditAuthorizationSuccess = true })).Enabled);
        Assert.True((await atlas.Auditing.GetAuditingConfigurationAsync(g)).AuditAuthorizationSuccess);
        await atlas.Projects.DeleteProjectAsync(g);

        var expected = SpecOperations();
        Assert.Equal(45, expected.Count);
        Assert.Equal(expected.OrderBy(x => x), recorder.Succeeded.Keys.OrderBy(x => x));
    }

    [Fact]
    public async Task Errors_reach_the_client_as_AtlasApiException_with_the_errorCode()
    {
        using var atlas = _sim.Client();
        var error = await Assert.ThrowsAsync<AtlasApiException>(() => atlas.Projects.GetProjectAsync("0123456789abcdef01234567"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("RESOURCE_NOT_FOUND", error.ErrorCode);
        Assert.Contains("0123456789abcdef01234567", error.Parameters);
    }

    [Fact]
    public async Task Envelope_responses_are_unwrapped_by_the_client()
    {
        using var atlas = _sim.Client();
        var project = await _sim.NewProjectAsync(atlas, "env");
        Assert.Equal(project.Name, (await atlas.Projects.GetProjectAsync(project.Id!, envelope: true)).Name);
        Assert.Contains((await atlas.Projects.ListProjectsAsync(envelope: true, itemsPerPage: 500)).Results!, p => p.Id == project.Id);
    }
}
