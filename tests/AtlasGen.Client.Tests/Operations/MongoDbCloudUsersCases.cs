using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>
/// The 2 operations of the MongoDB Cloud Users tag, each in both versions Atlas offers: 2025-02-19 (the default
/// method) and 2023-01-01 (the …V20230101Async method).
/// </summary>
internal static class MongoDbCloudUsersCases
{
    private const string G = Ids.Group;

    public static IEnumerable<OperationCase> All()
    {
        // 2025-02-19 lists pending users too, each read as the variant its orgMembershipStatus names.
        yield return Reads("listGroupUsers", $"/api/atlas/v2/groups/{G}/users", "itemsPerPage=50&orgMembershipStatuses=ACTIVE&orgMembershipStatuses=PENDING",
            $$"""
                {"links":[],"totalCount":2,"results":[
                  {"id":"{{Ids.User}}","orgMembershipStatus":"ACTIVE","roles":["GROUP_OWNER"],"username":"ada@example.com",
                   "country":"US","createdAt":"2021-02-03T04:05:06Z","firstName":"Ada","lastAuth":"2024-01-02T03:04:05Z","lastName":"Lovelace"},
                  {"id":"{{Ids.Invitation}}","orgMembershipStatus":"PENDING","roles":["GROUP_READ_ONLY"],"username":"dev@example.com",
                   "invitationCreatedAt":"2025-03-01T10:00:00Z","invitationExpiresAt":"2025-04-01T10:00:00Z","inviterUsername":"ada@example.com"}]}
                """,
            c => c.MongoDbCloudUsers.ListGroupUsersAsync(G, itemsPerPage: 50,
                orgMembershipStatuses: new() { OrgMembershipStatus.Active, OrgMembershipStatus.Pending }),
            page =>
            {
                Assert.Equal(2, page.TotalCount);
                Assert.Collection(page.Results,
                    active =>
                    {
                        var user = Assert.IsType<GroupActiveUserResponse>(active);
                        Assert.Equal(OrgMembershipStatus.Active, user.OrgMembershipStatus);
                        Assert.Equal(("Ada", "Lovelace"), (user.FirstName, user.LastName));
                        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), user.LastAuth);
                        Assert.Equal(new[] { "GROUP_OWNER" }, user.Roles);
                    },
                    pending =>
                    {
                        var user = Assert.IsType<GroupPendingUserResponse>(pending);
                        Assert.Equal("dev@example.com", user.Username);
                        Assert.Equal("ada@example.com", user.InviterUsername);
                        Assert.Equal(new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.Zero), user.InvitationExpiresAt);
                    });
            },
            accept: V20250219);

        // 2023-01-01 (sunset 2027-07-01) answers the older user view, with role assignments per project or organization.
        yield return Reads("listGroupUsers", $"/api/atlas/v2/groups/{G}/users", "flattenTeams=true&includeOrgUsers=true",
            $$"""
                {"links":[],"totalCount":1,"results":[{"country":"US","createdAt":"2021-02-03T04:05:06Z","emailAddress":"ada@example.com",
                 "firstName":"Ada","id":"{{Ids.User}}","lastAuth":"2024-01-02T03:04:05Z","lastName":"Lovelace","links":[],
                 "mobileNumber":"2125550123","roles":[{"groupId":"{{G}}","roleName":"GROUP_OWNER"},{"orgId":"{{Ids.Org}}","roleName":"ORG_MEMBER"}],
                 "teamIds":["{{Ids.Team}}"],"username":"ada@example.com"}]}
                """,
            c => c.MongoDbCloudUsers.ListGroupUsersV20230101Async(G, flattenTeams: true, includeOrgUsers: true),
            page =>
            {
                Assert.Equal(1, page.TotalCount);
                var user = Assert.Single(page.Results);
                Assert.Equal(("Ada", "Lovelace", "ada@example.com"), (user.FirstName, user.LastName, user.Username));
                Assert.Equal(Ids.User, user.Id);
                Assert.Equal(new[] { Ids.Team }, user.TeamIds);
                Assert.Collection(user.Roles,
                    r => { Assert.Equal(G, r.GroupId); Assert.Equal("GROUP_OWNER", r.RoleName); },
                    r => { Assert.Equal(Ids.Org, r.OrgId); Assert.Equal("ORG_MEMBER", r.RoleName); });
            });

        yield return Deletes("removeGroupUser", $"/api/atlas/v2/groups/{G}/users/{Ids.User}", "",
            c => c.MongoDbCloudUsers.RemoveGroupUserAsync(G, Ids.User),
            accept: V20250219);

        yield return Deletes("removeGroupUser", $"/api/atlas/v2/groups/{G}/users/{Ids.User}", "pretty=true",
            c => c.MongoDbCloudUsers.RemoveGroupUserV20230101Async(G, Ids.User, pretty: true));
    }
}
