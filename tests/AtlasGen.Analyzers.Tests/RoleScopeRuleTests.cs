namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS006: a role of the organization scope where only project roles are allowed, or the reverse.</summary>
public class RoleScopeRuleTests
{
    private const string Organization = "organization (ORG_*)";
    private const string Project = "project (GROUP_*)";

    [Fact]
    public Task OrganizationRoleForProjectUser_IsReported() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            GroupRole role = {|#0:"ORG_OWNER"|};
            client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", {|#1:"ORG_MEMBER"|});
            _ = new ApiUserView { Roles = [{|#2:"ORG_READ_ONLY"|}] };
        }
        """,
        Verify.Diagnostic("ATLAS006", 0, "ORG_OWNER", Organization, "GroupRole", Project),
        Verify.Diagnostic("ATLAS006", 1, "ORG_MEMBER", Organization, "GroupRole", Project),
        Verify.Diagnostic("ATLAS006", 2, "ORG_READ_ONLY", Organization, "GroupRole", Project));

    [Theory]
    // A project role for an organization.
    [InlineData("""OrgRole M() => new OrgRole({|#0:"GROUP_OWNER"|});""", "ATLAS006", "GROUP_OWNER", Project, "OrgRole", Organization)]
    // A restricted string parameter.
    [InlineData("""void M(ProjectsClient client) => client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", GroupRole.GroupOwner, fallbackRoleName: {|#0:"ORG_OWNER"|});""",
        "ATLAS006", "ORG_OWNER", Organization, "fallbackRoleName", Project)]
    // A typo in the right scope is ATLAS002.
    [InlineData("""GroupRole M() => {|#0:"GROUP_OWNR"|};""", "ATLAS002", "GROUP_OWNR", "GroupRole", "GROUP_OWNER")]
    // Enums that are not roles never get ATLAS006.
    [InlineData("""ProjectLimitName M() => {|#0:"ORG_OWNER"|};""", "ATLAS002", "ORG_OWNER", "ProjectLimitName", "atlas.project.deployment.clusters")]
    public Task OneRole_GetsTheDiagnosticForItsScope(string member, string id, params object[] arguments) =>
        Verify.MembersAsync(member, Verify.Diagnostic(id, 0, arguments));

    [Fact]
    public Task NonConstantAndRightScopeRoles_AreNotReported() => Verify.MembersAsync("""
        void M(ProjectsClient client, string roleName)
        {
            GroupRole a = roleName;
            GroupRole b = "GROUP_READ_ONLY";
            client.AddProjectUserAsync("5e4f1b2c3d4e5f6a7b8c9d0e", "GROUP_CLUSTER_MANAGER", fallbackRoleName: "GROUP_READ_ONLY");
        }
        """);
}
