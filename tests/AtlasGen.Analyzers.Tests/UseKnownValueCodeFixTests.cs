namespace AtlasGen.Analyzers.Tests;

/// <summary>The ATLAS002 fix: the nearest known value, spelled as the generated static member.</summary>
public class UseKnownValueCodeFixTests
{
    [Theory]
    // A constructor becomes the static member.
    [InlineData("""OrgRole M() => new OrgRole({|#0:"ORG_OWNR"|});""", "ORG_OWNR", "OrgRole", "ORG_OWNER",
        "OrgRole M() => OrgRole.OrgOwner;")]
    // A collection expression item is replaced in place.
    [InlineData("""ApiCreateApiKeyView M() => new() { Desc = "ci", Roles = ["ORG_OWNER", {|#0:"ORG_READONLY"|}] };""", "ORG_READONLY", "OrgRole", "ORG_READ_ONLY",
        """ApiCreateApiKeyView M() => new() { Desc = "ci", Roles = ["ORG_OWNER", OrgRole.OrgReadOnly] };""")]
    // A restricted string has no member: it becomes the nearest literal.
    [InlineData("""ApiAtlasGroupView M() => new() { Name = "demo", RegionUsageRestrictions = {|#0:"AWZ"|} };""", "AWZ", "RegionUsageRestrictions", "AWS",
        """ApiAtlasGroupView M() => new() { Name = "demo", RegionUsageRestrictions = "AWS" };""")]
    // A value that is not an identifier becomes its V-prefixed member.
    [InlineData("""MongoDbVersion M() => {|#0:"6.1"|};""", "6.1", "MongoDbVersion", "6.0",
        "MongoDbVersion M() => MongoDbVersion.V6_0;")]
    public Task OneValue_BecomesTheNearestKnownValue(string member, string value, string type, string nearest, string fixedMember) =>
        Verify.MembersCodeFixAsync(member, [Verify.Diagnostic("ATLAS002", 0, value, type, nearest)], fixedMember);

    [Fact]
    public Task ImplicitConversionParseAndCast_BecomeStaticMembers() => Verify.MembersCodeFixAsync("""
        void M()
        {
            OrgRole a = {|#0:"ORG_MEMBR"|};
            var b = OrgRole.Parse({|#1:"org_read_only"|});
            var c = (OrgRole){|#2:"ORG_OWNR"|};
        }
        """,
        [
            Verify.Diagnostic("ATLAS002", 0, "ORG_MEMBR", "OrgRole", "ORG_MEMBER"),
            Verify.Diagnostic("ATLAS002", 1, "org_read_only", "OrgRole", "ORG_READ_ONLY"),
            Verify.Diagnostic("ATLAS002", 2, "ORG_OWNR", "OrgRole", "ORG_OWNER"),
        ],
        """
        void M()
        {
            OrgRole a = OrgRole.OrgMember;
            var b = OrgRole.OrgReadOnly;
            var c = OrgRole.OrgOwner;
        }
        """);

    [Fact]
    public Task DottedValueInArgument_BecomesPascalCaseMember() => Verify.MembersCodeFixAsync("""
        void M(ProjectsClient client) =>
            client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", {|#0:"atlas.project.deployment.cluster"|}, 10);
        """,
        [Verify.Diagnostic("ATLAS002", 0, "atlas.project.deployment.cluster", "ProjectLimitName", "atlas.project.deployment.clusters")],
        """
        void M(ProjectsClient client) =>
            client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, 10);
        """);

    [Fact]
    public Task WithoutUsing_TheMemberIsQualified() => Verify.CodeFixAsync("""
        class C
        {
            AtlasGen.Atlas.GroupRole M() => AtlasGen.Atlas.GroupRole.Parse({|#0:"GROUP_READ_ONY"|});
        }
        """,
        [Verify.Diagnostic("ATLAS002", 0, "GROUP_READ_ONY", "GroupRole", "GROUP_READ_ONLY")],
        """
        class C
        {
            AtlasGen.Atlas.GroupRole M() => AtlasGen.Atlas.GroupRole.GroupReadOnly;
        }
        """);

    [Fact]
    public Task FixAll_GivesEachItsOwnNearestValue() => Verify.MembersCodeFixAsync("""
        OrgRole[] M() => [{|#0:"ORG_OWNR"|}, {|#1:"ORG_MEMBR"|}];
        """,
        [
            Verify.Diagnostic("ATLAS002", 0, "ORG_OWNR", "OrgRole", "ORG_OWNER"),
            Verify.Diagnostic("ATLAS002", 1, "ORG_MEMBR", "OrgRole", "ORG_MEMBER"),
        ],
        """
        OrgRole[] M() => [OrgRole.OrgOwner, OrgRole.OrgMember];
        """);

    [Theory]
    // No member can be found for the nearest value.
    [InlineData("""MongoDbVersion M() => {|#0:"7.1"|};""", "ATLAS002", "7.1", "MongoDbVersion", "7.0")]
    // A role of the wrong scope has no nearest value to offer.
    [InlineData("""GroupRole M() => {|#0:"ORG_OWNER"|};""", "ATLAS006", "ORG_OWNER", "organization (ORG_*)", "GroupRole", "project (GROUP_*)")]
    public Task OffersNoFix(string member, string id, params object[] arguments) =>
        Verify.MembersNoCodeFixAsync(member, Verify.Diagnostic(id, 0, arguments));
}
