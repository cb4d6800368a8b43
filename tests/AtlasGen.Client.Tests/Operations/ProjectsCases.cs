using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 17 operations of the Projects tag.</summary>
internal static class ProjectsCases
{
    private const string G = Ids.Group;
    private const string GroupJson = $$"""
        {"clusterCount":2,"created":"2023-04-05T06:07:08Z","id":"{{G}}",
         "links":[{"href":"https://cloud.mongodb.com/api/atlas/v2/groups/{{G}}","rel":"self"}],
         "name":"orders-prod","orgId":"{{Ids.Org}}","tags":[{"key":"env","value":"prod"}]}
        """;
    private const string InvitationJson = $$"""
        {"createdAt":"2023-05-01T10:00:00Z","expiresAt":"2023-06-01T10:00:00Z","groupId":"{{G}}","groupName":"orders-prod",
         "id":"{{Ids.Invitation}}","inviterUsername":"owner@example.com","links":[],
         "roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"username":"dev@example.com"}
        """;
    private const string SettingsJson = """
        {"isCollectDatabaseSpecificsStatisticsEnabled":true,"isDataExplorerEnabled":false,"isExtendedStorageSizesEnabled":false,
         "isPerformanceAdvisorEnabled":true,"isRealtimePerformancePanelEnabled":true,"isSchemaAdvisorEnabled":true,
         "isDataExplorerGenAIFeaturesEnabled":true,"isNativeRerankingEnabled":false}
        """;
    private const string ClustersLimitJson = """
        {"currentUsage":3,"defaultLimit":25,"maximumLimit":100,"name":"atlas.project.deployment.clusters","value":25}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return Reads("listGroups", "/api/atlas/v2/groups", "itemsPerPage=7&pageNum=3",
            $$"""{"links":[],"results":[{{GroupJson}}],"totalCount":15}""",
            c => c.Projects.ListGroupsAsync(itemsPerPage: 7, pageNum: 3),
            page =>
            {
                Assert.Equal(15, page.TotalCount);
                AssertGroup(Assert.Single(page.Results));
            });

        // The body goes out in the operation's versioned media type, as Atlas asks today.
        yield return new("createGroup", HttpMethod.Post, "/api/atlas/v2/groups", $"projectOwnerId={Ids.User}", V20230101,
            $$"""{"name":"orders-prod","orgId":"{{Ids.Org}}","tags":[{"key":"env","value":"prod"}],"withDefaultAlertsSettings":false}""",
            CannedResponse.Json(GroupJson),
            Returns(c => c.Projects.CreateGroupAsync(
                new Group
                {
                    // Read-only values a caller may have copied from a response: none of them may be sent.
                    Id = G, ClusterCount = 5, Created = DateTimeOffset.UnixEpoch,
                    Links = new() { new Link { Href = "https://example.com", Rel = "self" } },
                    Name = "orders-prod", OrgId = Ids.Org, WithDefaultAlertsSettings = false,
                    Tags = new() { new ResourceTag { Key = "env", Value = "prod" } },
                },
                projectOwnerId: Ids.User)),
            ResultAssert.Is<Group>(AssertGroup));

        // Spaces, '&', '(' and '/' in a name must be escaped into one path segment.
        yield return Reads("getGroupByName", "/api/atlas/v2/groups/byName/Orders%20%26%20Co%20%28EU%29%2Fprod", "pretty=true",
            GroupJson,
            c => c.Projects.GetGroupByNameAsync("Orders & Co (EU)/prod", pretty: true),
            AssertGroup);

        yield return Reads("getGroup", $"/api/atlas/v2/groups/{G}", "", GroupJson, c => c.Projects.GetGroupAsync(G), AssertGroup);

        yield return Deletes("deleteGroup", $"/api/atlas/v2/groups/{G}", "", c => c.Projects.DeleteGroupAsync(G));

        yield return Reads("listGroupInvites", $"/api/atlas/v2/groups/{G}/invites", "username=dev%2B1%40example.com",
            $"[{InvitationJson}]",
            c => c.Projects.ListGroupInvitesAsync(G, username: "dev+1@example.com"),
            list => AssertInvitation(Assert.Single(list)));

        yield return new("createGroupInvite", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/invites", "", V20230101,
            """{"roles":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"username":"dev@example.com"}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.CreateGroupInviteAsync(G, new GroupInvitationRequest
            {
                Roles = new() { "GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY" },
                Username = "dev@example.com",
            })),
            ResultAssert.Is<GroupInvitation>(AssertInvitation));

        yield return new("updateGroupInvites", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/invites", "pretty=true", V20230101,
            """{"roles":["GROUP_OWNER"],"username":"dev@example.com"}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.UpdateGroupInvitesAsync(G, new GroupInvitationRequest
            {
                Roles = new() { "GROUP_OWNER" },
                Username = "dev@example.com",
            }, pretty: true)),
            ResultAssert.Is<GroupInvitation>(AssertInvitation));

        yield return Reads("getGroupInvite", $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "",
            InvitationJson,
            c => c.Projects.GetGroupInviteAsync(G, Ids.Invitation),
            AssertInvitation);

        yield return Deletes("deleteGroupInvite", $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "", c => c.Projects.DeleteGroupInviteAsync(G, Ids.Invitation));

        yield return new("updateGroupInviteById", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/invites/{Ids.Invitation}", "", V20230101,
            """{"roles":["GROUP_CLUSTER_MANAGER"]}""",
            CannedResponse.Json(InvitationJson),
            Returns(c => c.Projects.UpdateGroupInviteByIdAsync(G, Ids.Invitation, new GroupInvitationUpdateRequest
            {
                Roles = new() { "GROUP_CLUSTER_MANAGER" },
            })),
            ResultAssert.Is<GroupInvitation>(AssertInvitation));

        // Atlas answers an array of limits (the 2023 spec said one object); each is read as its discriminated variant.
        yield return Reads("listGroupLimits", $"/api/atlas/v2/groups/{G}/limits", "",
            $$"""[{{ClustersLimitJson}},{"currentUsage":0,"defaultLimit":100,"maximumLimit":250,"name":"atlas.project.security.databaseAccess.users","value":100}]""",
            c => c.Projects.ListGroupLimitsAsync(G),
            limits => Assert.Collection(limits,
                AssertClustersLimit,
                users =>
                {
                    Assert.IsType<DefaultLimit>(users);
                    Assert.Equal("atlas.project.security.databaseAccess.users", users.Name);
                    Assert.Equal(250L, users.MaximumLimit);
                }));

        // The limit name is an enum path parameter with dots: sent verbatim.
        yield return Reads("getGroupLimit", $"/api/atlas/v2/groups/{G}/limits/atlas.project.deployment.clusters", "",
            ClustersLimitJson,
            c => c.Projects.GetGroupLimitAsync(G, ProjectLimitName.AtlasProjectDeploymentClusters),
            AssertClustersLimit);

        yield return Deletes("deleteGroupLimit", $"/api/atlas/v2/groups/{G}/limits/atlas.project.security.networkAccess.entries", "pretty=true",
            c => c.Projects.DeleteGroupLimitAsync(G, ProjectLimitName.AtlasProjectSecurityNetworkAccessEntries, pretty: true));

        // name and the usage figures are readOnly: only the new value goes out.
        yield return new("setGroupLimit", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/limits/atlas.project.deployment.clusters", "", V20230101,
            """{"value":25}""",
            CannedResponse.Json(ClustersLimitJson),
            Returns(c => c.Projects.SetGroupLimitAsync(G, ProjectLimitName.AtlasProjectDeploymentClusters,
                new DefaultLimit { Name = "atlas.project.deployment.clusters", Value = 25, CurrentUsage = 3, DefaultLimit = 25, MaximumLimit = 100 })),
            ResultAssert.Is<DataFederationLimit>(AssertClustersLimit));

        yield return Reads("getGroupSettings", $"/api/atlas/v2/groups/{G}/settings", "", SettingsJson, c => c.Projects.GetGroupSettingsAsync(G), AssertSettings);

        // Unset flags are omitted, so PATCH changes only what the caller set.
        yield return new("updateGroupSettings", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/settings", "", V20230101,
            """{"isDataExplorerEnabled":false,"isSchemaAdvisorEnabled":true}""",
            CannedResponse.Json(SettingsJson),
            Returns(c => c.Projects.UpdateGroupSettingsAsync(G, new GroupSettings { IsDataExplorerEnabled = false, IsSchemaAdvisorEnabled = true })),
            ResultAssert.Is<GroupSettings>(AssertSettings));
    }

    private static void AssertGroup(Group group)
    {
        Assert.Equal(G, group.Id);
        Assert.Equal("orders-prod", group.Name);
        Assert.Equal(Ids.Org, group.OrgId);
        Assert.Equal(2L, group.ClusterCount);
        Assert.Equal(new DateTimeOffset(2023, 4, 5, 6, 7, 8, TimeSpan.Zero), group.Created);
        Assert.Equal("self", Assert.Single(group.Links!).Rel);
        var tag = Assert.Single(group.Tags!);
        Assert.Equal(("env", "prod"), (tag.Key, tag.Value));
    }

    private static void AssertInvitation(GroupInvitation invitation)
    {
        Assert.Equal(Ids.Invitation, invitation.Id);
        Assert.Equal(G, invitation.GroupId);
        Assert.Equal("orders-prod", invitation.GroupName);
        Assert.Equal("dev@example.com", invitation.Username);
        Assert.Equal("owner@example.com", invitation.InviterUsername);
        Assert.Equal(new DateTimeOffset(2023, 6, 1, 10, 0, 0, TimeSpan.Zero), invitation.ExpiresAt);
        Assert.Equal(new[] { "GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY" }, invitation.Roles);
    }

    private static void AssertClustersLimit(DataFederationLimit limit)
    {
        // The discriminator mapping names DefaultLimit for the clusters limit.
        Assert.IsType<DefaultLimit>(limit);
        Assert.Equal("atlas.project.deployment.clusters", limit.Name);
        Assert.Equal(25L, limit.Value);
        Assert.Equal(3L, limit.CurrentUsage);
        Assert.Equal(25L, limit.DefaultLimit);
        Assert.Equal(100L, limit.MaximumLimit);
    }

    private static void AssertSettings(GroupSettings settings)
    {
        Assert.True(settings.IsCollectDatabaseSpecificsStatisticsEnabled);
        Assert.False(settings.IsDataExplorerEnabled);
        Assert.False(settings.IsExtendedStorageSizesEnabled);
        Assert.True(settings.IsPerformanceAdvisorEnabled);
        Assert.True(settings.IsRealtimePerformancePanelEnabled);
        Assert.True(settings.IsSchemaAdvisorEnabled);
        // Settings Atlas added after 2023, which the old bundled spec dropped.
        Assert.True(settings.IsDataExplorerGenAiFeaturesEnabled);
        Assert.False(settings.IsNativeRerankingEnabled);
    }
}
