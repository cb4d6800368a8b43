using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using AtlasGen.Simulator.Tests.Infrastructure;
using AtlasGen.TestData;
using Xunit;
using AtlasGen.Simulator.Spec;
using Routes = AtlasGen.Simulator.Models.AtlasClientSimulatorSpec;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>
/// Sets up the state a recorded request needed (a project, a key, an invitation, a team, an integration, an
/// access-list entry) and gives the path values and body of an equivalent request.
/// </summary>
internal sealed class Setup(WireClient wire, SimulatorOrganization org)
{
    private const string MissingId = "111111111111111111111111";
    private const string Invitee = "invitee@example.com";

    public async Task<Dictionary<string, string>> ValuesForAsync(OperationRoute route, Dictionary<string, string> recorded, Recording recording)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? groupId = null;
        if (recorded.ContainsKey("groupId") || recorded.ContainsKey("groupName"))
        {
            var missing = recording.Status == 404 && recording.Header("X-Error-Code") == "GROUP_NOT_FOUND";
            var (id, name) = missing ? (MissingId, "missing") : await NewGroupAsync();
            groupId = id;
            if (recorded.ContainsKey("groupId"))
            {
                values["groupId"] = id;
            }

            if (recorded.ContainsKey("groupName"))
            {
                values["groupName"] = name;
            }
        }

        if (recorded.ContainsKey("orgId"))
        {
            values["orgId"] = org.Id;
        }

        if (recorded.ContainsKey("apiUserId"))
        {
            var key = await PostAsync($"api/atlas/v2/orgs/{org.Id}/apiKeys", """{"desc":"recording","roles":["ORG_MEMBER"]}""");
            values["apiUserId"] = key.Json.GetProperty("id").GetString()!;
            if (groupId is not null)
            {
                await PostAsync($"api/atlas/v2/groups/{groupId}/apiKeys/{values["apiUserId"]}", """[{"roles":["GROUP_READ_ONLY"]}]""");
            }
        }

        if (recorded.TryGetValue("ipAddress", out var ip))
        {
            values["ipAddress"] = ip;
            await PostAsync($"api/atlas/v2/orgs/{org.Id}/apiKeys/{values["apiUserId"]}/accessList", $$"""[{"ipAddress":"{{ip}}"}]""");
        }

        if (recorded.ContainsKey("invitationId") || route.OperationId == "updateGroupInvites")
        {
            var invitation = await PostAsync($"api/atlas/v2/groups/{groupId}/invites", $$"""{"username":"{{Invitee}}","roles":["GROUP_READ_ONLY"]}""");
            if (recorded.ContainsKey("invitationId"))
            {
                values["invitationId"] = invitation.Json.GetProperty("id").GetString()!;
            }
        }

        if (recorded.ContainsKey("teamId"))
        {
            values["teamId"] = org.TeamIds[0];
            await PostAsync($"api/atlas/v2/groups/{groupId}/teams", $$"""[{"teamId":"{{org.TeamIds[0]}}","roleNames":["GROUP_READ_ONLY"]}]""");
        }

        if (recorded.ContainsKey("userId"))
        {
            values["userId"] = org.OwnerUserId;
        }

        if (recorded.TryGetValue("limitName", out var limit))
        {
            values["limitName"] = limit;
        }

        if (recorded.TryGetValue("integrationType", out var type))
        {
            values["integrationType"] = type;
            if (route.Method != "POST")
            {
                await PostAsync($"api/atlas/v2/groups/{groupId}/integrations/{type}", IntegrationBody(type));
            }
        }

        return values;
    }

    /// <summary>A valid body of the operation's request schema, as the recorded call would have sent.</summary>
    public static string? BodyFor(OperationRoute route, IReadOnlyDictionary<string, string> values, SimulatorOrganization org) => route.OperationId switch
    {
        "createGroup" => $$"""{"name":"rec-{{Guid.NewGuid():N}}","orgId":"{{org.Id}}"}""",
        "updateGroupAuditLog" => """{"enabled":true,"auditFilter":"{\"atype\":\"authCheck\"}","auditAuthorizationSuccess":true}""",
        "createGroupIntegration" or "updateGroupIntegration" => IntegrationBody(values["integrationType"]),
        "updateGroupSettings" => """{"isSchemaAdvisorEnabled":true}""",
        "createOrgApiKeyAccessListEntry" => """[{"ipAddress":"192.0.2.77"}]""",
        "createOrgApiKey" => """{"desc":"recording","roles":["ORG_MEMBER"]}""",
        "updateOrgApiKey" => """{"desc":"renamed"}""",
        "updateGroupApiKeyRoles" => """{"roles":["GROUP_OWNER"]}""",
        "createGroupApiKey" => """{"desc":"recording","roles":["GROUP_READ_ONLY"]}""",
        "addGroupApiKey" => """[{"roles":["GROUP_READ_ONLY"]}]""",
        "createGroupInvite" => $$"""{"username":"{{Guid.NewGuid():N}}@example.com","roles":["GROUP_READ_ONLY"]}""",
        "updateGroupInvites" => $$"""{"username":"{{Invitee}}","roles":["GROUP_OWNER"]}""",
        "updateGroupInviteById" => """{"roles":["GROUP_OWNER"]}""",
        "updateGroupTeam" => $$"""{"teamId":"{{values["teamId"]}}","roleNames":["GROUP_OWNER"]}""",
        "addGroupTeams" => $$"""[{"teamId":"{{org.TeamIds[1]}}","roleNames":["GROUP_READ_ONLY"]}]""",
        "setGroupLimit" => """{"value":10}""",
        _ => null,
    };

    private static string IntegrationBody(string type) => type switch
    {
        "DATADOG" => """{"type":"DATADOG","apiKey":"0123456789abcdef0123456789abcdef","region":"US"}""",
        "PAGER_DUTY" => """{"type":"PAGER_DUTY","serviceKey":"0123456789abcdef0123456789abcdef"}""",
        "SLACK" => """{"type":"SLACK","apiToken":"xoxb-0000","channelName":"alerts"}""",
        _ => """{"type":"WEBHOOK","url":"https://example.com/hook","secret":"s3cret"}""",
    };

    private async Task<(string Id, string Name)> NewGroupAsync()
    {
        var name = "rec-" + Guid.NewGuid().ToString("N")[..12];
        var created = await PostAsync("api/atlas/v2/groups", $$"""{"name":"{{name}}","orgId":"{{org.Id}}"}""");
        return (created.Json.GetProperty("id").GetString()!, name);
    }

    private async Task<WireResponse> PostAsync(string path, string json)
    {
        var response = await wire.PostAsync(path, json);
        Assert.True(response.Status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent, $"Setup POST {path}: {(int)response.Status} {response.Body}");
        return response;
    }
}
