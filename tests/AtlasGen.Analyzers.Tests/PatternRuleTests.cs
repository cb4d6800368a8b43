namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS001: a constant string that breaks [AtlasPattern].</summary>
public class PatternRuleTests
{
    private const string GroupIdPattern = "^([a-f0-9]{24})$";

    [Fact]
    public Task UpperCaseGroupId_IsReported() => Verify.MembersAsync("""
        void M(ProjectsClient client) => client.GetProjectAsync({|#0:"5E4F1B2C3D4E5F6A7B8C9D0E"|});
        """,
        Verify.Diagnostic("ATLAS001", 0, "5E4F1B2C3D4E5F6A7B8C9D0E", GroupIdPattern, "groupId"));

    [Fact]
    public Task ShortId_BreaksPatternAndLength() => Verify.MembersAsync("""
        void M(ProjectsClient client) => client.GetProjectAsync({|#0:"not-an-id"|});
        """,
        Verify.Diagnostic("ATLAS001", 0, "not-an-id", GroupIdPattern, "groupId"),
        Verify.Diagnostic("ATLAS004", 0, "not-an-id", 9, "groupId", "exactly 24"));

    [Fact]
    public Task ConstFieldAndConstantInterpolation_AreChecked() => Verify.MembersAsync("""
        const string Prefix = "5e4f1b2c3d4e";
        const string BadId = Prefix + "5f6a7b8c9d0Z";
        void M(ProjectsClient client)
        {
            client.GetProjectAsync({|#0:BadId|});
            client.GetProjectAsync({|#1:$"{Prefix}5F6A7B8C9D0E"|});
        }
        """,
        Verify.Diagnostic("ATLAS001", 0, "5e4f1b2c3d4e5f6a7b8c9d0Z", GroupIdPattern, "groupId"),
        Verify.Diagnostic("ATLAS001", 1, "5e4f1b2c3d4e5F6A7B8C9D0E", GroupIdPattern, "groupId"));

    [Fact]
    public Task NamedArgumentAndObjectInitializer_AreChecked() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            client.SetProjectLimitAsync(value: 5, limitName: ProjectLimitName.AtlasProjectDeploymentClusters, groupId: {|#0:"5e4f1b2c3d4e5f6a7b8c9d0g"|});
            var group = new ApiAtlasGroupView { Name = "demo", OrgId = {|#1:"5e4f1b2c3d4e5f6a7b8c9d0g"|} };
            group.OrgId = {|#2:"5e4f1b2c3d4e5f6a7b8c9d0g"|};
        }
        """,
        Verify.Diagnostic("ATLAS001", 0, "5e4f1b2c3d4e5f6a7b8c9d0g", GroupIdPattern, "groupId"),
        Verify.Diagnostic("ATLAS001", 1, "5e4f1b2c3d4e5f6a7b8c9d0g", GroupIdPattern, "OrgId"),
        Verify.Diagnostic("ATLAS001", 2, "5e4f1b2c3d4e5f6a7b8c9d0g", GroupIdPattern, "OrgId"));

    [Fact]
    public Task ItemsOfAConstrainedList_AreChecked() => Verify.MembersAsync("""
        void M()
        {
            _ = new ApiAtlasGroupView { TeamIds = ["5e4f1b2c3d4e5f6a7b8c9d0e", {|#0:"team-a"|}] };
            _ = new ApiAtlasGroupView { TeamIds = { {|#1:"team-b"|} } };
            _ = new ApiAtlasGroupView { TeamIds = new() { {|#2:"team-c"|} } };
        }
        """,
        Verify.Diagnostic("ATLAS001", 0, "team-a", GroupIdPattern, "TeamIds"),
        Verify.Diagnostic("ATLAS001", 1, "team-b", GroupIdPattern, "TeamIds"),
        Verify.Diagnostic("ATLAS001", 2, "team-c", GroupIdPattern, "TeamIds"));

    [Theory]
    // A valid id.
    [InlineData("""void M(ProjectsClient client) => client.GetProjectAsync("5e4f1b2c3d4e5f6a7b8c9d0e");""")]
    // A null constant.
    [InlineData("""void M(ProjectsClient client) => client.GetProjectAsync(null!);""")]
    // A pattern .NET cannot compile is ignored.
    [InlineData("""void M(ProjectsClient client) => client.GetProjectIpListAsync("anything at all");""")]
    public Task ValidNullOrUncheckable_IsNotReported(string member) => Verify.MembersAsync(member);

    [Fact]
    public Task NonConstantId_IsLeftToTheRuntimeCheck() => Verify.MembersAsync("""
        void M(ProjectsClient client, string id)
        {
            client.GetProjectAsync(id);
            client.GetProjectAsync(id + "-suffix");
            client.GetProjectAsync($"{id}XYZ");
            _ = new ApiAtlasGroupView { TeamIds = [id] };
        }
        """);
}
