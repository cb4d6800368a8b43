// Deliberately bad calls against the client generated from the bundled spec (and one small extra spec).
// Each line that must be reported ends with an expect comment naming the ids; every other line must stay silent.
using System.Collections.Generic;
using System.Threading.Tasks;
using AtlasGen.Atlas;

public static class BadCalls
{
    private const string ConstGroupId = "not-24-hex";

    public static async Task Run(AtlasClient atlas, string groupIdFromConfig, int pageSizeFromConfig)
    {
        // Today's spec gives groupId a pattern and no length, so a short ID breaks the pattern only.
        await atlas.Projects.GetGroupAsync("not-an-id"); // expect: ATLAS001
        await atlas.Projects.GetGroupAsync(ConstGroupId); // expect: ATLAS001
        await atlas.Projects.GetGroupAsync($"{ConstGroupId}abcdefabcdefab"); // expect: ATLAS001
        await atlas.Projects.GetGroupAsync("32b6e34b3d91647abb20e7b8");
        await atlas.Projects.GetGroupAsync("bad", System.Threading.CancellationToken.None); // expect: ATLAS001
        await atlas.Projects.GetGroupAsync(groupIdFromConfig);

        await atlas.Projects.ListGroupsAsync(itemsPerPage: 501); // expect: ATLAS003
        await atlas.Projects.ListGroupsAsync(itemsPerPage: 500);
        await atlas.Projects.ListGroupsAsync(pageNum: 0); // expect: ATLAS003
        await atlas.Projects.ListGroupsAsync(itemsPerPage: pageSizeFromConfig);

        var misspelled = new OrgRole("ORG_OWNR"); // expect: ATLAS002
        OrgRole owner = "ORG_OWNER";
        OrgRole wrongScope = "GROUP_OWNER"; // expect: ATLAS006
        var parsed = OrgRole.Parse("ORG_MEMBR"); // expect: ATLAS002
        var future = OrgRole.FromValue("ORG_FUTURE_ROLE");

        var key = new CreateAtlasOrganizationApiKey
        {
            Desc = "", // expect: ATLAS004
            Roles = new List<OrgRole> { OrgRole.OrgMember, "ORG_READONLY" }, // expect: ATLAS002
        };
        var project = new Group
        {
            Name = "a project name that is far too long for Atlas, which allows 64 chars", // expect: ATLAS001
            OrgId = "32b6e34b3d91647abb20e7b8",
        };
        project.OrgId = "ORG"; // expect: ATLAS001

        await atlas.Projects.SetGroupLimitAsync("32b6e34b3d91647abb20e7b8", "atlas.project.deployment.clusterz", new DataFederationLimit { Value = 10 }); // expect: ATLAS002
        await atlas.ProgrammaticApiKeys.CreateOrgApiKeyAsync("32b6e34b3d91647abb20e7b8", key);
        await atlas.Projects.ListGroupInvitesAsync("32b6e34b3d91647abb20e7b8"); // expect: ATLAS005
        await atlas.Test.VersionedExampleAsync(); // expect: ATLAS005
        await new Legacy.Api.LegacyClient(atlas.Connection).GetOldThingAsync(); // expect: ATLAS005
        _ = (misspelled, owner, wrongScope, parsed, future, project);
    }
}
