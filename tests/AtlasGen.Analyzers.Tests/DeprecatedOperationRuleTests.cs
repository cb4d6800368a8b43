namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS005: a call to an operation that is deprecated or has a sunset date.</summary>
public class DeprecatedOperationRuleTests
{
    [Fact]
    public Task DeprecatedWithSunset_NamesOperationAndDate() => Verify.MembersAsync("""
        void M(ProjectsClient client) => client.{|#0:GetProjectByNameAsync|}("demo");
        """,
        Verify.Diagnostic("ATLAS005", 0, "getProjectByName", "; its sunset date is 2026-03-01"));

    [Fact]
    public Task DeprecatedWithoutSunset_And_SunsetWithoutDeprecated() => Verify.MembersAsync("""
        void M(ProjectsClient? projects, OrganizationsClient orgs, string id)
        {
            projects?.{|#0:GetProjectSettingsAsync|}(id);
            orgs.{|#1:UpdateOrganizationRolesAsync|}(id, new());
        }
        """,
        Verify.Diagnostic("ATLAS005", 0, "getProjectSettings", ""),
        Verify.Diagnostic("ATLAS005", 1, "updateOrganizationRoles", "; its sunset date is 2025-12-31"));

    [Fact]
    public Task CurrentOperation_IsNotReported() => Verify.MembersAsync("""
        void M(ProjectsClient client, string id) => client.GetProjectAsync(id);
        """);

    [Fact]
    public Task MethodsWithoutAtlasOperation_AreNotReported() => Verify.AnalyzerAsync("""
        class C
        {
            void GetProjectByNameAsync(string name) { }
            void M() => GetProjectByNameAsync("demo");
        }
        """);
}
