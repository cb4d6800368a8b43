namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS005: a call to an operation that is deprecated or has a sunset date.</summary>
public class DeprecatedOperationRuleTests
{
    [Fact]
    public Task DeprecatedWithSunset_NamesOperationAndDate() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client) => client.{|#0:GetProjectByNameAsync|}("demo");
        }
        """,
        Verify.Diagnostic("ATLAS005").WithLocation(0).WithArguments("getProjectByName", "; its sunset date is 2026-03-01"));

    [Fact]
    public Task DeprecatedWithoutSunset_And_SunsetWithoutDeprecated() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient? projects, OrganizationsClient orgs, string id)
            {
                projects?.{|#0:GetProjectSettingsAsync|}(id);
                orgs.{|#1:UpdateOrganizationRolesAsync|}(id, new());
            }
        }
        """,
        Verify.Diagnostic("ATLAS005").WithLocation(0).WithArguments("getProjectSettings", ""),
        Verify.Diagnostic("ATLAS005").WithLocation(1).WithArguments("updateOrganizationRoles", "; its sunset date is 2025-12-31"));

    [Fact]
    public Task CurrentOperation_IsNotReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client, string id) => client.GetProjectAsync(id);
        }
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
