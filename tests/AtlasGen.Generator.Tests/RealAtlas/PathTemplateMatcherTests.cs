using AtlasGen.TestData;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>Reading a recording's file name back into an operation, where <c>_</c> stands for <c>/</c>, <c>:</c> and itself.</summary>
public sealed class PathTemplateMatcherTests
{
    // groupId is declared once and referenced, as the Atlas spec does: its pattern must reach the matcher through the $ref.
    private static readonly string Spec = TestSpec.Spec(
        [
            InGroup("/api/atlas/v2/groups/{groupId}/clusters/{clusterName}", "getCluster", TestSpec.PathParameter("clusterName", "^[a-zA-Z0-9][a-zA-Z0-9-]*$")),
            InGroup("/api/atlas/v2/groups/{groupId}/clusters/provider/regions", "listRegions"),
            InGroup("/api/atlas/v2/groups/{groupId}/databaseUsers/{databaseName}/{username}", "getUser", TestSpec.PathParameter("databaseName"), TestSpec.PathParameter("username")),
            InGroup("/api/atlas/v2/groups/{groupId}/processes/{processId}/measurements", "getMeasurements", TestSpec.PathParameter("processId", @"^([a-z0-9\-.]+):([0-9]{4,5})$")),
        ]) + """
        components:
          parameters:
            groupId: { name: groupId, in: path, required: true, schema: { type: string, pattern: "^([a-f0-9]{24})$" } }
        """;

    private static readonly PathTemplateMatcher s_matcher = PathTemplateMatcher.FromSpecTexts([Spec]);

    /// <summary>A GET that takes the project's groupId by reference, then <paramref name="parameters"/> of its own.</summary>
    private static SpecOperation InGroup(string path, string operationId, params string[] parameters)
        => TestSpec.Operation("get", path, operationId, tag: null, "'200': {description: ok}",
            TestSpec.Parameters(["$ref: '#/components/parameters/groupId'", .. parameters]));

    [Fact]
    public void A_literal_template_wins_over_a_parameter_that_could_hold_the_same_text()
    {
        var request = s_matcher.Identify("GET", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_clusters_provider_regions");
        Assert.Equal("listRegions", request?.OperationId);
    }

    [Fact]
    public void A_value_takes_only_what_its_pattern_allows()
    {
        var request = s_matcher.Identify("GET", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_clusters_cluster-989");
        Assert.Equal("getCluster", request?.OperationId);
        Assert.Equal("cluster-989", request!.PathValues["clusterName"]);
        Assert.Null(s_matcher.Identify("GET", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_clusters_cluster_989"));
    }

    [Fact]
    public void An_underscore_splits_values_without_a_pattern_somewhere()
    {
        var request = s_matcher.Identify("GET", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_databaseUsers_admin_user-253");
        Assert.Equal("getUser", request?.OperationId);
        Assert.Equal("admin", request!.PathValues["databaseName"]);
        Assert.Equal("user-253", request.PathValues["username"]);
    }

    [Fact]
    public void An_underscore_is_read_as_a_colon_when_the_pattern_needs_one()
    {
        var request = s_matcher.Identify("GET", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_processes_atlas-qgu1cy-shard-00-00.fyfn6y.mongodb-dev.net_27017_measurements");
        Assert.Equal("atlas-qgu1cy-shard-00-00.fyfn6y.mongodb-dev.net:27017", request?.PathValues["processId"]);
    }

    [Fact]
    public void Another_method_or_an_unknown_path_names_no_operation()
    {
        Assert.Null(s_matcher.Identify("DELETE", "_api_atlas_v2_groups_6a793f60c0eb9e7a17714c68_clusters_provider_regions"));
        Assert.Null(s_matcher.Identify("GET", "_api_private_unauth_nds_defaultMongoDBMajorVersion"));
    }
}
