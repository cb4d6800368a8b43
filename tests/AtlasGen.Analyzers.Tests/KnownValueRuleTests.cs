namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS002: a constant that is not one of the known values of an enum struct or a restricted member.</summary>
public class KnownValueRuleTests
{
    [Theory]
    // A constructor argument.
    [InlineData("""OrgRole M() => new OrgRole({|#0:"ORG_OWNR"|});""", "ORG_OWNR", "OrgRole", "ORG_OWNER")]
    // An argument the call converts to an enum struct.
    [InlineData("""void M(ProjectsClient client) => client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", {|#0:"atlas.project.deployment.cluster"|}, 10);""",
        "atlas.project.deployment.cluster", "ProjectLimitName", "atlas.project.deployment.clusters")]
    public Task Typo_IsReported_WithTheNearestKnownValue(string member, string value, string type, string nearest) =>
        Verify.MembersAsync(member, Verify.Diagnostic("ATLAS002", 0, value, type, nearest));

    [Fact]
    public Task ImplicitConversionParseAndConstructor_AreReported_FromValue_IsTheEscapeHatch() => Verify.MembersAsync("""
        void M()
        {
            OrgRole a = {|#0:"ORG_MEMBR"|};
            var b = OrgRole.Parse({|#1:"ORG_READONLY"|});
            var c = OrgRole.FromValue("ORG_FUTURE_ROLE");
            var d = (OrgRole){|#3:"ORG_BILLING"|};
            OrgRole e = new({|#4:"ORG_CREATOR"|});
        }
        """,
        Verify.Diagnostic("ATLAS002", 0, "ORG_MEMBR", "OrgRole", "ORG_MEMBER"),
        Verify.Diagnostic("ATLAS002", 1, "ORG_READONLY", "OrgRole", "ORG_READ_ONLY"),
        Verify.Diagnostic("ATLAS002", 3, "ORG_BILLING", "OrgRole", "ORG_BILLING_ADMIN"),
        Verify.Diagnostic("ATLAS002", 4, "ORG_CREATOR", "OrgRole", "ORG_MEMBER"));

    [Fact]
    public Task ItemsOfEnumCollections_AreReported() => Verify.MembersAsync("""
        void M(OrganizationsClient client)
        {
            _ = new ApiCreateApiKeyView { Desc = "ci", Roles = ["ORG_OWNER", {|#0:"ORG_MEMBERS"|}] };
            _ = new ApiCreateApiKeyView { Desc = "ci", Roles = { {|#1:"ORG_READ"|} } };
            client.{|#3:UpdateOrganizationRolesAsync|}("5e4f1b2c3d4e5f6a7b8c9d0e", new System.Collections.Generic.List<OrgRole> { {|#2:"ORG_OWNERS"|} });
        }
        """,
        Verify.Diagnostic("ATLAS002", 0, "ORG_MEMBERS", "OrgRole", "ORG_MEMBER"),
        Verify.Diagnostic("ATLAS002", 1, "ORG_READ", "OrgRole", "ORG_MEMBER"),
        Verify.Diagnostic("ATLAS002", 2, "ORG_OWNERS", "OrgRole", "ORG_OWNER"),
        Verify.Diagnostic("ATLAS005", 3, "updateOrganizationRoles", "; its sunset date is 2025-12-31"));

    [Fact]
    public Task RestrictedStringAndNumberMembers_AreReported() => Verify.MembersAsync("""
        void M() => _ = new ApiAtlasGroupView { Name = "demo", RegionUsageRestrictions = {|#0:"AWZ"|}, DiskSizeGb = {|#1:30|} };
        """,
        Verify.Diagnostic("ATLAS002", 0, "AWZ", "RegionUsageRestrictions", "AWS"),
        // "10", "20" and "40" are all one edit from "30": the ordinally smallest wins.
        Verify.Diagnostic("ATLAS002", 1, "30", "DiskSizeGb", "10"));

    [Fact]
    public Task KnownValues_AreNotReported() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            OrgRole a = "ORG_OWNER";
            var b = new OrgRole("ORG_READ_ONLY");
            var c = OrgRole.Parse("ORG_GROUP_CREATOR");
            var d = OrgRole.OrgMember;
            _ = new ApiCreateApiKeyView { Desc = "ci", Roles = ["ORG_OWNER", OrgRole.OrgMember] };
            _ = new ApiAtlasGroupView { Name = "demo", RegionUsageRestrictions = "GCP", DiskSizeGb = 40 };
            client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", "atlas.project.deployment.nodesPerPrivateLinkRegion", 10);
        }
        """);

    [Fact]
    public Task NonConstantValues_AreNotReported() => Verify.MembersAsync("""
        void M(string text, int size)
        {
            OrgRole a = text;
            var b = new OrgRole(text);
            var c = OrgRole.FromValue(text.ToUpperInvariant());
            _ = new ApiCreateApiKeyView { Desc = "ci", Roles = [text] };
            _ = new ApiAtlasGroupView { Name = "demo", RegionUsageRestrictions = text, DiskSizeGb = size };
        }
        """);
}
