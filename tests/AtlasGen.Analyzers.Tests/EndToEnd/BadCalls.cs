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
        await atlas.Projects.GetProjectAsync("not-an-id"); // expect: ATLAS001 ATLAS004
        await atlas.Projects.GetProjectAsync(ConstGroupId); // expect: ATLAS001 ATLAS004
        await atlas.Projects.GetProjectAsync($"{ConstGroupId}abcdefabcdefab"); // expect: ATLAS001
        await atlas.Projects.GetProjectAsync("32b6e34b3d91647abb20e7b8");
        await atlas.Projects.GetProjectAsync("bad", System.Threading.CancellationToken.None); // expect: ATLAS001 ATLAS004
        await atlas.Projects.GetProjectAsync(groupIdFromConfig);

        await atlas.Projects.ListProjectsAsync(itemsPerPage: 501); // expect: ATLAS003
        await atlas.Projects.ListProjectsAsync(itemsPerPage: 500);
        await atlas.Projects.ListProjectsAsync(pageNum: 0); // expect: ATLAS003
        await atlas.Projects.ListProjectsAsync(itemsPerPage: pageSizeFromConfig);

        var misspelled = new OrgRole("ORG_OWNR"); // expect: ATLAS002
        OrgRole owner = "ORG_OWNER";
        ProjectRole wrongScope = "ORG_OWNER"; // expect: ATLAS006
        var parsed = ProjectRole.Parse("GROUP_OWNR"); // expect: ATLAS002
        var future = ProjectRole.FromValue("GROUP_FUTURE_ROLE");

        var key = new ApiCreateApiKeyView
        {
            Desc = "", // expect: ATLAS004
            Roles = new List<OrgRole> { OrgRole.OrgMember, "ORG_READONLY" }, // expect: ATLAS002
        };
        var project = new ApiAtlasGroupView
        {
            Name = "a project name that is far too long for Atlas, which allows 64 chars", // expect: ATLAS001 ATLAS004
            OrgId = "32b6e34b3d91647abb20e7b8",
        };
        project.OrgId = "ORG"; // expect: ATLAS001 ATLAS004

        await atlas.Projects.SetProjectLimitAsync("32b6e34b3d91647abb20e7b8", "atlas.project.deployment.clusterz", new ApiLimitView { Value = 10 }); // expect: ATLAS002
        await atlas.ProgrammaticApiKeys.CreateProjectApiKeyAsync("32b6e34b3d91647abb20e7b8", key);
        await new Legacy.Api.LegacyClient(atlas.Connection).GetOldThingAsync(); // expect: ATLAS005
        _ = (misspelled, owner, wrongScope, parsed, future);
    }
}
