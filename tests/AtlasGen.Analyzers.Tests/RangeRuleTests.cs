namespace AtlasGen.Analyzers.Tests;

/// <summary>ATLAS003: a constant number outside [AtlasRange].</summary>
public class RangeRuleTests
{
    [Fact]
    public Task ItemsPerPageAbove500_IsReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client)
            {
                client.ListProjectsAsync(itemsPerPage: {|#0:501|});
                client.ListProjectsAsync(true, {|#1:0|});
            }
        }
        """,
        Verify.Diagnostic("ATLAS003").WithLocation(0).WithArguments("501", "1 to 500", "itemsPerPage"),
        Verify.Diagnostic("ATLAS003").WithLocation(1).WithArguments("0", "1 to 500", "itemsPerPage"));

    [Fact]
    public Task PageNumBelowOne_IsReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            const int FirstPage = 0;
            void M(ProjectsClient client)
            {
                client.ListProjectsAsync(pageNum: {|#0:FirstPage|});
                client.ListProjectsAsync(pageNum: {|#1:-1|}, itemsPerPage: 10);
            }
        }
        """,
        Verify.Diagnostic("ATLAS003").WithLocation(0).WithArguments("0", "at least 1", "pageNum"),
        Verify.Diagnostic("ATLAS003").WithLocation(1).WithArguments("-1", "at least 1", "pageNum"));

    [Fact]
    public Task LongAndExclusiveBounds_AreChecked() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client)
            {
                client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, {|#0:10001L|});
                _ = new ApiAtlasGroupView { Name = "demo", SampleRate = {|#1:0|} };
                _ = new ApiAtlasGroupView { Name = "demo", SampleRate = {|#2:1.5|} };
            }
        }
        """,
        Verify.Diagnostic("ATLAS003").WithLocation(0).WithArguments("10001", "1 to 10000", "value"),
        Verify.Diagnostic("ATLAS003").WithLocation(1).WithArguments("0", "greater than 0 and at most 1", "SampleRate"),
        Verify.Diagnostic("ATLAS003").WithLocation(2).WithArguments("1.5", "greater than 0 and at most 1", "SampleRate"));

    [Fact]
    public Task Boundaries_AreAllowed() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client)
            {
                client.ListProjectsAsync(itemsPerPage: 500, pageNum: 1);
                client.ListProjectsAsync(true, 1, int.MaxValue);
                client.SetProjectLimitAsync("5e4f1b2c3d4e5f6a7b8c9d0e", ProjectLimitName.AtlasProjectDeploymentClusters, 10000);
                _ = new ApiAtlasGroupView { Name = "demo", SampleRate = 1 };
            }
        }
        """);

    [Fact]
    public Task OmittedOptionalArguments_AreNotReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client) => client.ListProjectsAsync();
        }
        """);

    [Fact]
    public Task NonConstantNumbers_AreNotReported() => Verify.AnalyzerAsync("""
        using AtlasGen.Atlas;
        class C
        {
            void M(ProjectsClient client, int size, int page)
            {
                client.ListProjectsAsync(itemsPerPage: size * 1000, pageNum: page - 5);
                _ = new ApiAtlasGroupView { Name = "demo", SampleRate = size };
            }
        }
        """);
}
