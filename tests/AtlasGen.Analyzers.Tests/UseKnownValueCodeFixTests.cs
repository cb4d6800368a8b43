namespace AtlasGen.Analyzers.Tests;

/// <summary>The ATLAS002 fix: the nearest known value, spelled as the generated static member.</summary>
public class UseKnownValueCodeFixTests
{
    [Fact]
    public Task Constructor_BecomesStaticMember() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            OrgRole M() => new OrgRole({|#0:"ORG_OWNR"|});
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("ORG_OWNR", "OrgRole", "ORG_OWNER")],
        """
        using AtlasGen.Atlas;
        class C
        {
            OrgRole M() => OrgRole.OrgOwner;
        }
        """);

    [Fact]
    public Task ImplicitConversionParseAndCast_BecomeStaticMembers() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M()
            {
                OrgRole a = {|#0:"ORG_MEMBR"|};
                var b = OrgRole.Parse({|#1:"org_read_only"|});
                var c = (OrgRole){|#2:"ORG_OWNR"|};
            }
        }
        """,
        [
            Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("ORG_MEMBR", "OrgRole", "ORG_MEMBER"),
            Verify.Diagnostic("ATLAS002").WithLocation(1).WithArguments("org_read_only", "OrgRole", "ORG_READ_ONLY"),
            Verify.Diagnostic("ATLAS002").WithLocation(2).WithArguments("ORG_OWNR", "OrgRole", "ORG_OWNER"),
        ],
        """
        using AtlasGen.Atlas;
        class C
        {
            void M()
            {
                OrgRole a = OrgRole.OrgMember;
                var b = OrgRole.OrgReadOnly;
                var c = OrgRole.OrgOwner;
            }
        }
        """);

    [Fact]
    public Task DottedValueInArgument_BecomesPascalCaseMember() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client) =>
                client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", {|#0:"atlas.project.deployment.cluster"|}, 10);
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("atlas.project.deployment.cluster", "ProjectLimitName", "atlas.project.deployment.clusters")],
        """
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client) =>
                client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, 10);
        }
        """);

    [Fact]
    public Task CollectionExpressionItem_IsReplacedInPlace() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            ApiCreateApiKeyView M() => new() { Desc = "ci", Roles = ["ORG_OWNER", {|#0:"ORG_READONLY"|}] };
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("ORG_READONLY", "OrgRole", "ORG_READ_ONLY")],
        """
        using AtlasGen.Atlas;
        class C
        {
            ApiCreateApiKeyView M() => new() { Desc = "ci", Roles = ["ORG_OWNER", OrgRole.OrgReadOnly] };
        }
        """);

    [Fact]
    public Task WithoutUsing_TheMemberIsQualified() => Verify.CodeFixAsync("""
        class C
        {
            AtlasGen.Atlas.GroupRole M() => AtlasGen.Atlas.GroupRole.Parse({|#0:"GROUP_READ_ONY"|});
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("GROUP_READ_ONY", "GroupRole", "GROUP_READ_ONLY")],
        """
        class C
        {
            AtlasGen.Atlas.GroupRole M() => AtlasGen.Atlas.GroupRole.GroupReadOnly;
        }
        """);

    [Fact]
    public Task RestrictedString_BecomesTheNearestLiteral() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            ApiAtlasGroupView M() => new() { Name = "demo", RegionUsageRestrictions = {|#0:"AWZ"|} };
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("AWZ", "RegionUsageRestrictions", "AWS")],
        """
        using AtlasGen.Atlas;
        class C
        {
            ApiAtlasGroupView M() => new() { Name = "demo", RegionUsageRestrictions = "AWS" };
        }
        """);

    [Fact]
    public Task FixAll_GivesEachItsOwnNearestValue() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            OrgRole[] M() => [{|#0:"ORG_OWNR"|}, {|#1:"ORG_MEMBR"|}];
        }
        """,
        [
            Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("ORG_OWNR", "OrgRole", "ORG_OWNER"),
            Verify.Diagnostic("ATLAS002").WithLocation(1).WithArguments("ORG_MEMBR", "OrgRole", "ORG_MEMBER"),
        ],
        """
        using AtlasGen.Atlas;
        class C
        {
            OrgRole[] M() => [OrgRole.OrgOwner, OrgRole.OrgMember];
        }
        """);

    [Fact]
    public Task ValueThatIsNotAnIdentifier_BecomesItsVPrefixedMember() => Verify.CodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            MongoDbVersion M() => {|#0:"6.1"|};
        }
        """,
        [Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("6.1", "MongoDbVersion", "6.0")],
        """
        using AtlasGen.Atlas;
        class C
        {
            MongoDbVersion M() => MongoDbVersion.V6_0;
        }
        """);

    [Fact]
    public Task MemberThatCannotBeFound_OffersNoFix() => Verify.NoCodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            MongoDbVersion M() => {|#0:"7.1"|};
        }
        """,
        Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("7.1", "MongoDbVersion", "7.0"));

    [Fact]
    public Task WrongScope_OffersNoFix() => Verify.NoCodeFixAsync("""
        using AtlasGen.Atlas;
        class C
        {
            GroupRole M() => {|#0:"ORG_OWNER"|};
        }
        """,
        Verify.Diagnostic("ATLAS006").WithLocation(0).WithArguments("ORG_OWNER", "organization (ORG_*)", "GroupRole", "project (GROUP_*)"));
}
