using System;
using System.Collections.Generic;
using System.Net.Http;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;
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
        yield return new("listProjectApiKeys", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/apiKeys", "includeCount=false", V20230101, null,
            CannedResponse.Json($$"""{"links":[],"results":[{{ApiKeyJson}}]}"""),
            Returns(c => c.ProgrammaticApiKeys.ListProjectApiKeysAsync(G, includeCount: false)),
            ResultAssert.Is<PaginatedApiApiUserView>(page =>
            {
                Assert.Null(page.TotalCount);
                AssertApiKey(Assert.Single(page.Results!));
            }));

        yield return new("createProjectApiKey", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/apiKeys", "", V20230101,
            """{"desc":"CI deploy key","roles":["ORG_MEMBER"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.CreateProjectApiKeyAsync(G, new ApiCreateApiKeyView { Desc = "CI deploy key", Roles = new() { OrgRole.OrgMember } })),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        // The body is a JSON array; apiUserId inside it is readOnly (it is already in the path).
        yield return new("addProjectApiKey", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "", V20230101,
            """[{"roles":["GROUP_READ_ONLY","GROUP_SEARCH_INDEX_EDITOR"]}]""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.AddProjectApiKeyAsync(G, A, new List<ApiUserRoleAssignment>
            {
                new() { ApiUserId = A, Roles = new() { ProjectApiKeyRole.GroupReadOnly, ProjectApiKeyRole.GroupSearchIndexEditor } },
            })),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        yield return new("removeProjectApiKey", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.ProgrammaticApiKeys.RemoveProjectApiKeyAsync(G, A)),
            NoResult);

        yield return new("updateApiKeyRoles", HttpMethod.Patch, $"/api/atlas/v2/groups/{G}/apiKeys/{A}", "pageNum=2&includeCount=false", V20230101,
            """{"roles":["ORG_READ_ONLY"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.UpdateApiKeyRolesAsync(G, A, new ApiCreateApiKeyView { Roles = new() { OrgRole.OrgReadOnly } }, pageNum: 2, includeCount: false)),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        yield return new("listApiKeys", HttpMethod.Get, $"/api/atlas/v2/orgs/{O}/apiKeys", "itemsPerPage=500&pretty=true", V20230101, null,
            CannedResponse.Json($$"""{"links":[],"results":[{{ApiKeyJson}}],"totalCount":1}"""),
            Returns(c => c.ProgrammaticApiKeys.ListApiKeysAsync(O, itemsPerPage: 500, pretty: true)),
            ResultAssert.Is<PaginatedApiApiUserView>(page =>
            {
                Assert.Equal(1, page.TotalCount);
                AssertApiKey(Assert.Single(page.Results!));
            }));

        yield return new("createApiKey", HttpMethod.Post, $"/api/atlas/v2/orgs/{O}/apiKeys", "", V20230101,
            """{"desc":"Billing export","roles":["ORG_BILLING_ADMIN","ORG_READ_ONLY"]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.CreateApiKeyAsync(O, new ApiCreateApiKeyView { Desc = "Billing export", Roles = new() { OrgRole.OrgBillingAdmin, OrgRole.OrgReadOnly } })),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        yield return new("getApiKey", HttpMethod.Get, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", V20230101, null,
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.GetApiKeyAsync(O, A)),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        yield return new("deleteApiKey", HttpMethod.Delete, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.ProgrammaticApiKeys.DeleteApiKeyAsync(O, A)),
            NoResult);

        // id, keys and links are readOnly: a caller echoing a fetched key back must not send them (nor the private key).
        yield return new("updateApiKey", HttpMethod.Patch, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}", "", V20230101,
            $$"""{"desc":"rotated","roles":[{"orgId":"{{O}}","roleName":"ORG_READ_ONLY"}]}""",
            CannedResponse.Json(ApiKeyJson),
            Returns(c => c.ProgrammaticApiKeys.UpdateApiKeyAsync(O, A, new ApiApiUserView
            {
                Desc = "rotated", Id = A, PublicKey = "zmmrboas", PrivateKey = "secret-private-key",
                Links = new() { new Link { Href = "https://example.com", Rel = "self" } },
                Roles = new() { new ApiRoleAssignmentView { OrgId = O, RoleName = OrgOrProjectRole.OrgReadOnly } },
            })),
            ResultAssert.Is<ApiApiUserView>(AssertApiKey));

        yield return new("listApiKeyAccessListsEntries", HttpMethod.Get, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList", "pageNum=4", V20230101, null,
            CannedResponse.Json($$"""{"links":[],"results":[{{AccessEntryJson}}],"totalCount":31}"""),
            Returns(c => c.ProgrammaticApiKeys.ListApiKeyAccessListsEntriesAsync(O, A, pageNum: 4)),
            ResultAssert.Is<PaginatedApiUserAccessListView>(page =>
            {
                Assert.Equal(31, page.TotalCount);
                AssertAccessEntry(Assert.Single(page.Results!));
            }));

        yield return new("createApiKeyAccessList", HttpMethod.Post, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList", "", V20230101,
            """[{"cidrBlock":"192.0.2.0/24"},{"ipAddress":"203.0.113.10"}]""",
            CannedResponse.Json(AccessEntryJson),
            Returns(c => c.ProgrammaticApiKeys.CreateApiKeyAccessListAsync(O, A, new List<ApiUserAccessListView>
            {
                new() { CidrBlock = "192.0.2.0/24", Count = 12, Created = DateTimeOffset.UnixEpoch, LastUsedAddress = "192.0.2.15" },
                new() { IpAddress = "203.0.113.10" },
            })),
            ResultAssert.Is<ApiUserAccessListView>(AssertAccessEntry));

        // A CIDR entry is one path segment: its '/' must go out as %2F.
        yield return new("getApiKeyAccessList", HttpMethod.Get, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList/192.0.2.0%2F24", "", V20230101, null,
            CannedResponse.Json(AccessEntryJson),
            Returns(c => c.ProgrammaticApiKeys.GetApiKeyAccessListAsync(O, A, "192.0.2.0/24")),
            ResultAssert.Is<ApiUserAccessListView>(AssertAccessEntry));

        yield return new("deleteApiKeyAcessList", HttpMethod.Delete, $"/api/atlas/v2/orgs/{O}/apiKeys/{A}/accessList/203.0.113.10", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.ProgrammaticApiKeys.DeleteApiKeyAcessListAsync(O, A, "203.0.113.10")),
            NoResult);
    }

    private static void AssertApiKey(ApiApiUserView key)
    {
        Assert.Equal(A, key.Id);
        Assert.Equal("CI deploy key", key.Desc);
        Assert.Equal("zmmrboas", key.PublicKey);
        Assert.Equal("********-****-****-3f1d7c2ab8e4", key.PrivateKey);
        Assert.Single(key.Links!);
        Assert.Collection(key.Roles!,
            r => { Assert.Equal(O, r.OrgId); Assert.Null(r.GroupId); Assert.Equal(OrgOrProjectRole.OrgMember, r.RoleName); },
            r => { Assert.Equal(G, r.GroupId); Assert.Equal(OrgOrProjectRole.GroupReadOnly, r.RoleName); });
    }

    private static void AssertAccessEntry(ApiUserAccessListView entry)
    {
        Assert.Equal("192.0.2.0/24", entry.CidrBlock);
        Assert.Null(entry.IpAddress);
        Assert.Equal(12, entry.Count);
        Assert.Equal(new DateTimeOffset(2023, 3, 4, 5, 6, 7, TimeSpan.Zero), entry.Created);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero), entry.LastUsed);
        Assert.Equal("192.0.2.15", entry.LastUsedAddress);
    }
}
