using Microsoft.CodeAnalysis.Testing;

namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS003: a constant number outside [AtlasRange].</summary>
public class RangeRuleTests
{
    private static DiagnosticResult OutOfRange(int location, string value, string range, string member) =>
        Verify.Diagnostic("ATLAS003", location, value, range, member);

    [Fact]
    public Task ItemsPerPageAbove500_IsReported() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            client.ListProjectsAsync(itemsPerPage: {|#0:501|});
            client.ListProjectsAsync(true, {|#1:0|});
        }
        """,
        OutOfRange(0, "501", "1 to 500", "itemsPerPage"),
        OutOfRange(1, "0", "1 to 500", "itemsPerPage"));

    [Fact]
    public Task PageNumBelowOne_IsReported() => Verify.MembersAsync("""
        const int FirstPage = 0;
        void M(ProjectsClient client)
        {
            client.ListProjectsAsync(pageNum: {|#0:FirstPage|});
            client.ListProjectsAsync(pageNum: {|#1:-1|}, itemsPerPage: 10);
        }
        """,
        OutOfRange(0, "0", "at least 1", "pageNum"),
        OutOfRange(1, "-1", "at least 1", "pageNum"));

    [Fact]
    public Task LongAndExclusiveBounds_AreChecked() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, {|#0:10001L|});
            _ = new ApiAtlasGroupView { Name = "demo", SampleRate = {|#1:0|} };
            _ = new ApiAtlasGroupView { Name = "demo", SampleRate = {|#2:1.5|} };
        }
        """,
        OutOfRange(0, "10001", "1 to 10000", "value"),
        OutOfRange(1, "0", "greater than 0 and at most 1", "SampleRate"),
        OutOfRange(2, "1.5", "greater than 0 and at most 1", "SampleRate"));

    [Fact]
    public Task Boundaries_AreAllowed() => Verify.MembersAsync("""
        void M(ProjectsClient client)
        {
            client.ListProjectsAsync(itemsPerPage: 500, pageNum: 1);
            client.ListProjectsAsync(true, 1, int.MaxValue);
            client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, 10000);
            _ = new ApiAtlasGroupView { Name = "demo", SampleRate = 1 };
        }
        """);

    [Fact]
    public Task OmittedOptionalArguments_AreNotReported() => Verify.MembersAsync("""
        void M(ProjectsClient client) => client.ListProjectsAsync();
        """);

    [Fact]
    public Task NonConstantNumbers_AreNotReported() => Verify.MembersAsync("""
        void M(ProjectsClient client, int size, int page)
        {
            client.ListProjectsAsync(itemsPerPage: size * 1000, pageNum: page - 5);
            _ = new ApiAtlasGroupView { Name = "demo", SampleRate = size };
        }
        """);
}
