using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 4 operations of the Teams tag.</summary>
internal static class TeamsCases
{
    private const string G = Ids.Group;
    private const string T = Ids.Team;
    private const string TeamRolesPageJson = $$"""
        {"links":[],"totalCount":1,"results":[{"links":[{"href":"https://cloud.mongodb.com/api/atlas/v2/groups/{{G}}/teams/{{T}}","rel":"self"}],
         "roleNames":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"teamId":"{{T}}"}]}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return Reads("listGroupTeams", $"/api/atlas/v2/groups/{G}/teams", "includeCount=false&pageNum=2",
            TeamRolesPageJson,
            c => c.Teams.ListGroupTeamsAsync(G, includeCount: false, pageNum: 2),
            AssertTeamRoles);

        // links is readOnly.
        yield return new("addGroupTeams", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/teams", "", V20230101,
            $$"""[{"roleNames":["GROUP_OWNER"],"teamId":"{{T}}"}]""",
            CannedResponse.Json(TeamRolesPageJson),
            Returns(c => c.Teams.AddGroupTeamsAsync(G, new List<TeamRole>
            {
                new() { TeamId = T, RoleNames = new() { "GROUP_OWNER" }, Links = new() { new Link { Href = "https://example.com", Rel = "self" } } },
            })),
            ResultAssert.Is<PaginatedTeamRoleView>(AssertTeamRoles));

        yield return Deletes("removeGroupTeam", $"/api/atlas/v2/groups/{G}/teams/{T}", "", c => c.Teams.RemoveGroupTeamAsync(G, T));

        // teamId is required in TeamRole, so the body names it even though the path does too.
        yield return new("updateGroupTeam", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/teams/{T}", "pretty=true", V20230101,
            $$"""{"roleNames":["GROUP_READ_ONLY","GROUP_DATA_ACCESS_READ_ONLY"],"teamId":"{{T}}"}""",
            CannedResponse.Json(TeamRolesPageJson),
            Returns(c => c.Teams.UpdateGroupTeamAsync(G, T, new TeamRole
            {
                TeamId = T,
                RoleNames = new() { "GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY" },
            }, pretty: true)),
            ResultAssert.Is<PaginatedTeamRoleView>(AssertTeamRoles));
    }

    private static void AssertTeamRoles(PaginatedTeamRoleView page)
    {
        Assert.Equal(1, page.TotalCount);
        var team = Assert.Single(page.Results);
        Assert.Equal(T, team.TeamId);
        Assert.Equal(new[] { "GROUP_READ_ONLY", "GROUP_DATA_ACCESS_READ_ONLY" }, team.RoleNames);
        Assert.Equal("self", Assert.Single(team.Links!).Rel);
    }
}
