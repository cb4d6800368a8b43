using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 14 operations of the Programmatic API Keys tag.</summary>
internal static class ProgrammaticApiKeysCases
{
    private const string G = Ids.Group;
    private const string O = Ids.Org;
    private const string A = Ids.ApiUser;
    private const string ApiKeyJson = $$"""
        {"desc":"CI deploy key","id":"{{A}}","links":[{"href":"https://cloud.mongodb.com/api/atlas/v2/orgs/{{O}}/apiKeys/{{A}}","rel":"self"}],
         "privateKey":"********-****-****-3f1d7c2ab8e4","publicKey":"zmmrboas",
         "roles":[{"orgId":"{{O}}","roleName":"ORG_MEMBER"},{"groupId":"{{G}}","roleName":"GROUP_READ_ONLY"}]}
        """;
    private const string AccessEntryJson = """
        {"cidrBlock":"192.0.2.0/24","count":12,"created":"2023-03-04T05:06:07Z","lastUsed":"2024-05-06T07:08:09Z",
         "lastUsedAddress":"192.0.2.15","links":[]}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return Reads("listGroupApiKeys", $"/api/atlas/v2/groups/{G}/apiKeys", "includeCount=false",
            $$"""{"links":[],"results":[{{ApiKeyJson}}]}""",
            c => c.ProgrammaticApiKeys.ListGroupApiKeysAsync(G, includeCount: false),
            page =>
            {
                Assert.Null(page.TotalCount);
                AssertApiKey(Assert.Single(page.Results));
            });

        // Project API key roles are plain strings in today's spec.
        yield return new("createGroupApiKey", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/apiKeys", "", V20230101,
            """{"desc":"CI deploy key","roles":["GROUP_READ_ONLY"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.CreateGroupApiKeyAsync(G, new CreateAtlasProjectApiKey { Desc = "CI deploy key", Roles = new() { "GROUP_READ_ONLY" } })),
            ResultAssert.Is<ApiKeyUserDetails>(AssertApiKey));

        // The body is a JSON array; userId inside it is readOnly. Atlas answers 204 with no body.
        yield return new("addGroupApiKey", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "", V20230101,
            """[{"roles":["GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR"]}]""",
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.ProgrammaticApiKeys.AddGroupApiKeyAsync(G, A, new List<UserAccessRoleAssignment>
            {
                new() { UserId = A, Roles = new() { "GROUP_READ_ONLY", "GROUP_SEARCH_INDEX_EDITOR" } },
            })),
            NoResult);

        yield return Deletes("removeGroupApiKey", $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "", c => c.ProgrammaticApiKeys.RemoveGroupApiKeyAsync(G, A));

        yield return new("updateGroupApiKeyRoles", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "pageNum=2&includeCount=false", V20230101,
            """{"roles":["GROUP_OWNER"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.UpdateGroupApiKeyRolesAsync(G, A, new UpdateAtlasProjectApiKey { Roles = new() { "GROUP_OWNER" } }, pageNum: 2, includeCount: false)),
            ResultAssert.Is<ApiKeyUserDetails>(AssertApiKey));

        yield return Reads("listOrgApiKeys", $"/api/atlas/v2/orgs/{O}/apiKeys", "itemsPerPage=500&pretty=true",
            $$"""{"links":[],"results":[{{ApiKeyJson}}],"totalCount":1}""",
            c => c.ProgrammaticApiKeys.ListOrgApiKeysAsync(O, itemsPerPage: 500, pretty: true),
            page =>
            {
                Assert.Equal(1, page.TotalCount);
                AssertApiKey(Assert.Single(page.Results));
            });

        yield return new("createOrgApiKey", HttpMethod.Post, $"/api/atlas/v2/orgs/{O}/apiKeys", "", V20230101,
            """{"desc":"Billing export","roles":["ORG_BILLING_ADMIN","ORG_READ_ONLY"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.CreateOrgApiKeyAsync(O, new CreateAtlasOrganizationApiKey { Desc = "Billing export", Roles = new() { OrgRole.OrgBillingAdmin, OrgRole.OrgReadOnly } })),
            ResultAssert.Is<ApiKeyUserDetails>(AssertApiKey));

        yield return Reads("getOrgApiKey", $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", ApiKeyJson, c => c.ProgrammaticApiKeys.GetOrgApiKeyAsync(O, A), AssertApiKey);

        yield return Deletes("deleteOrgApiKey", $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", c => c.ProgrammaticApiKeys.DeleteOrgApiKeyAsync(O, A));

        // Today's update body holds only what may change: the description and the organization roles.
        yield return new("updateOrgApiKey", HttpMethod.Patch, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", V20230101,
            """{"desc":"rotated","roles":["ORG_READ_ONLY"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.UpdateOrgApiKeyAsync(O, A, new UpdateAtlasOrganizationApiKey
            {
                Desc = "rotated",
                Roles = new() { OrgRole.OrgReadOnly },
            })),
            ResultAssert.Is<ApiKeyUserDetails>(AssertApiKey));

        yield return Reads("listOrgApiKeyAccessListEntries", $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList", "pageNum=4",
            $$"""{"links":[],"results":[{{AccessEntryJson}}],"totalCount":31}""",
            c => c.ProgrammaticApiKeys.ListOrgApiKeyAccessListEntriesAsync(O, A, pageNum: 4),
            page =>
            {
                Assert.Equal(31, page.TotalCount);
                AssertAccessEntry(Assert.Single(page.Results));
            });

        // The request is a list of entries to add; Atlas answers the key's whole access list, paginated.
        yield return new("createOrgApiKeyAccessListEntry", HttpMethod.Post, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList", "", V20230101,
            """[{"cidrBlock":"192.0.2.0/24"},{"ipAddress":"203.0.113.10"}]""",
            CannedResponse.Json($$"""{"links":[],"results":[{{AccessEntryJson}},{"ipAddress":"203.0.113.10","links":[]}],"totalCount":2}"""),
            Returns(c => c.ProgrammaticApiKeys.CreateOrgApiKeyAccessListEntryAsync(O, A, new List<UserAccessListRequest>
            {
                new() { CidrBlock = "192.0.2.0/24" },
                new() { IpAddress = "203.0.113.10" },
            })),
            ResultAssert.Is<PaginatedApiUserAccessListResponseView>(page =>
            {
                Assert.Equal(2, page.TotalCount);
                Assert.Collection(page.Results, AssertAccessEntry, single => Assert.Equal("203.0.113.10", single.IpAddress));
            }));

        // A CIDR entry is one path segment: its '/' must go out as %2F.
        yield return Reads("getOrgApiKeyAccessListEntry", $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList/192.0.2.0%2F24", "",
            AccessEntryJson,
            c => c.ProgrammaticApiKeys.GetOrgApiKeyAccessListEntryAsync(O, A, "192.0.2.0/24"),
            AssertAccessEntry);

        yield return Deletes("deleteOrgApiKeyAccessListEntry", $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList/203.0.113.10", "",
            c => c.ProgrammaticApiKeys.DeleteOrgApiKeyAccessListEntryAsync(O, A, "203.0.113.10"));
    }

    private static void AssertApiKey(ApiKeyUserDetails key)
    {
        Assert.Equal(A, key.Id);
        Assert.Equal("CI deploy key", key.Desc);
        Assert.Equal("zmmrboas", key.PublicKey);
        Assert.Equal("********-****-****-3f1d7c2ab8e4", key.PrivateKey);
        Assert.Single(key.Links!);
        Assert.Collection(key.Roles!,
            r => { Assert.Equal(O, r.OrgId); Assert.Null(r.GroupId); Assert.Equal("ORG_MEMBER", r.RoleName); },
            r => { Assert.Equal(G, r.GroupId); Assert.Equal("GROUP_READ_ONLY", r.RoleName); });
    }

    private static void AssertAccessEntry(UserAccessListResponse entry)
    {
        Assert.Equal("192.0.2.0/24", entry.CidrBlock);
        Assert.Null(entry.IpAddress);
        Assert.Equal(12, entry.Count);
        Assert.Equal(new DateTimeOffset(2023, 3, 4, 5, 6, 7, TimeSpan.Zero), entry.Created);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), entry.LastUsed);
        Assert.Equal("192.0.2.15", entry.LastUsedAddress);
    }
}
