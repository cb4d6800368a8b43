namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS006: a role of the organization scope where only project roles are allowed, or the reverse.</summary>
public class RoleScopeRuleTests
{
    private const string Organization = "organization (ORG_*)";
    private const string Project = "project (GROUP_*)";

    [Fact]
    public Task OrganizationRoleForProjectUser_IsReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client)
            {
                GroupRole role = {|#0:"ORG_OWNER"|};
                client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", {|#1:"ORG_MEMBER"|});
                _ = new ApiUserView { Roles = [{|#2:"ORG_READ_ONLY"|}] };
            }
        }
        """,
        Verify.Diagnostic("ATLAS006").WithLocation(0).WithArguments("ORG_OWNER", Organization, "GroupRole", Project),
        Verify.Diagnostic("ATLAS006").WithLocation(1).WithArguments("ORG_MEMBER", Organization, "GroupRole", Project),
        Verify.Diagnostic("ATLAS006").WithLocation(2).WithArguments("ORG_READ_ONLY", Organization, "GroupRole", Project));

    [Fact]
    public Task ProjectRoleForOrganization_IsReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            OrgRole M() => new OrgRole({|#0:"GROUP_OWNER"|});
        }
        """,
        Verify.Diagnostic("ATLAS006").WithLocation(0).WithArguments("GROUP_OWNER", Project, "OrgRole", Organization));

    [Fact]
    public Task RestrictedStringParameter_IsReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client) =>
                client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", GroupRole.GroupOwner, fallbackRoleName: {|#0:"ORG_OWNER"|});
        }
        """,
        Verify.Diagnostic("ATLAS006").WithLocation(0).WithArguments("ORG_OWNER", Organization, "fallbackRoleName", Project));

    [Fact]
    public Task TypoInTheRightScope_IsAtlas002() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            GroupRole M() => {|#0:"GROUP_OWNR"|};
        }
        """,
        Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("GROUP_OWNR", "GroupRole", "GROUP_OWNER"));

    [Fact]
    public Task EnumsThatAreNotRoles_NeverGetAtlas006() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            ProjectLimitName M() => {|#0:"ORG_OWNER"|};
        }
        """,
        Verify.Diagnostic("ATLAS002").WithLocation(0).WithArguments("ORG_OWNER", "ProjectLimitName", "atlas.project.deployment.clusters"));

    [Fact]
    public Task NonConstantAndRightScopeRoles_AreNotReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client, string roleName)
            {
                GroupRole a = roleName;
                GroupRole b = "GROUP_READ_ONLY";
                client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", "GROUP_CLUSTER_MANAGER", fallbackRoleName: "GROUP_READ_ONLY");
            }
        }
        """);
}
