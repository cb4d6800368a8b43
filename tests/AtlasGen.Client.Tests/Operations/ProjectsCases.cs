using System;
using System.Collections.Generic;
using System.Net.Http;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;
using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 19 operations of the Projects tag.</summary>
internal static class ProjectsCases
{
    private const string G = Ids.Group;
    private const string GroupJson = $$"""
        {"clusterCount":2,"created":"2023-04-05T06:07:08Z","id":"{{G}}",
         "links":[{"href":"https://cloud.mongodb.com/api/atlas/v2/groups/{{G}}","rel":"self"}],
         "name":"orders-prod","orgId":"{{Ids.Org}}"}
        """;
    private const string InvitationJson = $$"""
        {"createdAt":"2023-05-01T10:00:00Z","expiresAt":"2023-06-01T10:00:00Z","groupId":"{{G}}","groupName":"orders-prod",
         "id":"{{Ids.Invitation}}","inviterUsername":"owner@example.com","links":[],
         "roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"username":"dev@example.com"}
        """;
    private const string SettingsJson = """
        {"isCollectDatabaseSpecificsStatisticsEnabled":true,"isDataExplorerEnabled":false,"isExtendedStorageSizesEnabled":false,
         "isPerformanceAdvisorEnabled":true,"isRealtimePerformancePanelEnabled":true,"isSchemaAdvisorEnabled":true}
        """;
    private const string ClustersLimitJson = """
        {"currentUsage":3,"defaultLimit":25,"maximumLimit":100,"name":"atlas.project.deployment.clusters","value":25}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return new("listProjects", HttpMethod.Get, "/api/atlas/v2/groups", "itemsPerPage=7&pageNum=3", V20230101, null,
            CannedResponse.Json($$"""{"links":[],"results":[{{GroupJson}}],"totalCount":15}"""),
            Returns(c => c.Projects.ListProjectsAsync(itemsPerPage: 7, pageNum: 3)),
            ResultAssert.Is<PaginatedAtlasGroupView>(page =>
            {
                Assert.Equal(15, page.TotalCount);
                var group = Assert.Single(page.Results!);
                AssertGroup(group);
            }));

        yield return new("createProject", HttpMethod.Post, "/api/atlas/v2/groups", $"projectOwnerId={Ids.User}", V20230101,
            $$"""{"name":"orders-prod","orgId":"{{Ids.Org}}","withDefaultAlertsSettings":false}""",
            CannedResponse.Json(GroupJson),
            Returns(c => c.Projects.CreateProjectAsync(
                new ApiAtlasGroupView
                {
                    // Read-only values a caller may have copied from a response: none of them may be sent.
                    Id = G, ClusterCount = 5, Created = DateTimeOffset.UnixEpoch,
                    Links = new() { new Link { Href = "https://example.com", Rel = "self" } },
                    Name = "orders-prod", OrgId = Ids.Org, WithDefaultAlertsSettings = false,
                },
                projectOwnerId: Ids.User)),
            ResultAssert.Is<ApiAtlasGroupView>(AssertGroup));

        // Spaces, '&', '(' and '/' in a name must be escaped into one path segment.
        yield return new("getProjectByName", HttpMethod.Get, "/api/atlas/v2/groups/byName/Orders%20%26%20Co%20%28EU%29%2Fprod", "pretty=true", V20230101, null,
            CannedResponse.Json(GroupJson),
            Returns(c => c.Projects.GetProjectByNameAsync("Orders & Co (EU)/prod", pretty: true)),
            ResultAssert.Is<ApiAtlasGroupView>(AssertGroup));

        yield return new("getProject", HttpMethod.Get, $"/api/atlas/v2/groups/{G}", "", V20230101, null,
            CannedResponse.Json(GroupJson),
            Returns(c => c.Projects.GetProjectAsync(G)),
            ResultAssert.Is<ApiAtlasGroupView>(AssertGroup));

        yield return new("deleteProject", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.Projects.DeleteProjectAsync(G)),
            NoResult);

        yield return new("listProjectInvitations", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/invites", "username=dev%2B1%40example.com", V20230101, null,
            CannedResponse.Json($"[{InvitationJson}]"),
            Returns(c => c.Projects.ListProjectInvitationsAsync(G, username: "dev+1@example.com")),
            ResultAssert.Is<List<ApiGroupInvitationView>>(list => AssertInvitation(Assert.Single(list))));

        yield return new("createProjectInvitation", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/invites", "", V20230101,
            """{"roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"username":"dev@example.com"}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.CreateProjectInvitationAsync(G, new ApiGroupInvitationRequestView
            {
                Roles = new() { ProjectRole.GroupReadOnly, ProjectRole.GroupDataAccessReadOnly },
                Username = "dev@example.com",
            })),
            ResultAssert.Is<ApiGroupInvitationView>(AssertInvitation));

        yield return new("updateProjectInvitation", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/invites", "pretty=true", V20230101,
            """{"roles":["GROUP_OWNER"],"username":"dev@example.com"}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.UpdateProjectInvitationAsync(G, new ApiGroupInvitationRequestView
            {
                Roles = new() { ProjectRole.GroupOwner },
                Username = "dev@example.com",
            }, pretty: true)),
            ResultAssert.Is<ApiGroupInvitationView>(AssertInvitation));

        yield return new("getProjectInvitation", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "", V20230101, null,
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.GetProjectInvitationAsync(G, Ids.Invitation)),
            ResultAssert.Is<ApiGroupInvitationView>(AssertInvitation));

        yield return new("deleteProjectInvitation", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.Projects.DeleteProjectInvitationAsync(G, Ids.Invitation)),
            NoResult);

        yield return new("updateProjectInvitationById", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "", V20230101,
            """{"roles":["GROUP_CLUSTER_MANAGER"]}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.UpdateProjectInvitationByIdAsync(G, Ids.Invitation, new ApiGroupInvitationUpdateRequestView
            {
                Roles = new() { ProjectRole.GroupClusterManager },
            })),
            ResultAssert.Is<ApiGroupInvitationView>(AssertInvitation));

        yield return new("listProjectLimits", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/limits", "", V20230101, null,
            CannedResponse.Json(ClustersLimitJson),
            Returns(c => c.Projects.ListProjectLimitsAsync(G)),
            ResultAssert.Is<ApiLimitView>(AssertClustersLimit));

        // The limit name is an enum path parameter with dots: sent verbatim, and its response is the derived view.
        yield return new("getProjectLimit", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/limits/dataFederation.bytesProcessed.daily", "", V20230101, null,
            CannedResponse.Json("""
                {"currentUsage":1073741824,"defaultLimit":107374182400,"lastModifiedDate":"2023-07-01T00:00:00Z",
                 "maximumLimit":1099511627776,"name":"dataFederation.bytesProcessed.daily","overrunPolicy":"BLOCK_AND_KILL","value":214748364800}
                """),
            Returns(c => c.Projects.GetProjectLimitAsync(G, ProjectLimitName.DataFederationBytesProcessedDaily)),
            ResultAssert.Is<ApiAtlasDataFederationQueryLimitView>(limit =>
            {
                Assert.Equal("dataFederation.bytesProcessed.daily", limit.Name);
                Assert.Equal(214748364800L, limit.Value);
                Assert.Equal(1073741824L, limit.CurrentUsage);
                Assert.Equal(ApiAtlasDataFederationQueryLimitViewOverrunPolicy.BlockAndKill, limit.OverrunPolicy);
                Assert.Equal(new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero), limit.LastModifiedDate);
            }));

        yield return new("deleteProjectLimit", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}/limits/atlas.project.security.networkAccess.entries", "pretty=true", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.Projects.DeleteProjectLimitAsync(G, ProjectLimitName.AtlasProjectSecurityNetworkAccessEntries, pretty: true)),
            NoResult);

        // name and the usage figures are readOnly: only the new value goes out.
        yield return new("setProjectLimit", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/limits/atlas.project.deployment.clusters", "", V20230101,
            """{"value":25}""",
            CannedResponse.Json(ClustersLimitJson),
            Returns(c => c.Projects.SetProjectLimitAsync(G, ProjectLimitName.AtlasProjectDeploymentClusters,
                new ApiLimitView { Name = "atlas.project.deployment.clusters", Value = 25, CurrentUsage = 3, DefaultLimit = 25, MaximumLimit = 100 })),
            ResultAssert.Is<ApiLimitView>(AssertClustersLimit));

        yield return new("getProjectSettings", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/settings", "", V20230101, null,
            CannedResponse.Json(SettingsJson),
            Returns(c => c.Projects.GetProjectSettingsAsync(G)),
            ResultAssert.Is<ApiAtlasGroupSettingsView>(AssertSettings));

        // Unset flags are omitted, so PATCH changes only what the caller set.
        yield return new("updateProjectSettings", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/settings", "", V20230101,
            """{"isDataExplorerEnabled":false,"isSchemaAdvisorEnabled":true}""",
            CannedResponse.Json(SettingsJson),
            Returns(c => c.Projects.UpdateProjectSettingsAsync(G, new ApiAtlasGroupSettingsView { IsDataExplorerEnabled = false, IsSchemaAdvisorEnabled = true })),
            ResultAssert.Is<ApiAtlasGroupSettingsView>(AssertSettings));

        yield return new("listProjectUsers", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/users", "itemsPerPage=50&flattenTeams=true&includeOrgUsers=true", V20230101, null,
            CannedResponse.Json($$"""
                {"links":[],"totalCount":1,"results":[{"country":"US","createdAt":"2021-02-03T04:05:06Z","emailAddress":"ada@example.com",
                 "firstName":"Ada","id":"{{Ids.User}}","lastAuth":"2024-01-02T03:04:05Z","lastName":"Lovelace","links":[],
                 "mobileNumber":"2125550123","roles":[{"groupId":"{{G}}","roleName":"GROUP_OWNER"},{"orgId":"{{Ids.Org}}","roleName":"ORG_MEMBER"}],
                 "teamIds":["{{Ids.Team}}"],"username":"ada@example.com"}]}
                """),
            Returns(c => c.Projects.ListProjectUsersAsync(G, itemsPerPage: 50, flattenTeams: true, includeOrgUsers: true)),
            ResultAssert.Is<PaginatedApiAppUserView>(page =>
            {
                Assert.Equal(1, page.TotalCount);
                var user = Assert.Single(page.Results!);
                Assert.Equal("Ada", user.FirstName);
                Assert.Equal("Lovelace", user.LastName);
                Assert.Equal("ada@example.com", user.Username);
                Assert.Equal(Ids.User, user.Id);
                Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), user.LastAuth);
                Assert.Equal(new[] { Ids.Team }, user.TeamIds);
                Assert.Collection(user.Roles!,
                    r => { Assert.Equal(G, r.GroupId); Assert.Equal(OrgOrProjectRole.GroupOwner, r.RoleName); },
                    r => { Assert.Equal(Ids.Org, r.OrgId); Assert.Equal(OrgOrProjectRole.OrgMember, r.RoleName); });
            }));

        yield return new("removeProjectUser", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}/users/{Ids.User}", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.Projects.RemoveProjectUserAsync(G, Ids.User)),
            NoResult);
    }

    private static void AssertGroup(ApiAtlasGroupView group)
    {
        Assert.Equal(G, group.Id);
        Assert.Equal("orders-prod", group.Name);
        Assert.Equal(Ids.Org, group.OrgId);
        Assert.Equal(2L, group.ClusterCount);
        Assert.Equal(new DateTimeOffset(2023, 4, 5, 6, 7, 8, TimeSpan.Zero), group.Created);
        var link = Assert.Single(group.Links!);
        Assert.Equal("self", link.Rel);
    }

    private static void AssertInvitation(ApiGroupInvitationView invitation)
    {
        Assert.Equal(Ids.Invitation, invitation.Id);
        Assert.Equal(G, invitation.GroupId);
        Assert.Equal("orders-prod", invitation.GroupName);
        Assert.Equal("dev@example.com", invitation.Username);
        Assert.Equal("owner@example.com", invitation.InviterUsername);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 10, 0, 0, TimeSpan.Zero), invitation.ExpiresAt);
        Assert.Equal(new[] { ProjectRole.GroupReadOnly, ProjectRole.GroupDataAccessReadOnly }, invitation.Roles);
    }

    private static void AssertClustersLimit(ApiLimitView limit)
    {
        Assert.Equal(typeof(ApiLimitView), limit.GetType());
        Assert.Equal("atlas.project.deployment.clusters", limit.Name);
        Assert.Equal(25L, limit.Value);
        Assert.Equal(3L, limit.CurrentUsage);
        Assert.Equal(25L, limit.DefaultLimit);
        Assert.Equal(100L, limit.MaximumLimit);
    }

    private static void AssertSettings(ApiAtlasGroupSettingsView settings)
    {
        Assert.True(settings.IsCollectDatabaseSpecificsStatisticsEnabled);
        Assert.False(settings.IsDataExplorerEnabled);
        Assert.False(settings.IsExtendedStorageSizesEnabled);
        Assert.True(settings.IsPerformanceAdvisorEnabled);
        Assert.True(settings.IsRealtimePerformancePanelEnabled);
        Assert.True(settings.IsSchemaAdvisorEnabled);
    }
}
