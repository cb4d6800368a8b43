using System.Text.Json;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;

namespace AtlasGen.Client.Tests.Polymorphism;

/// <summary>ApiLimitView's "name" discriminator picks the Data Federation subtype; every other name stays the base type.</summary>
public sealed class LimitDiscriminatorTests
{
    private const string DailyJson = """
        {"currentUsage":1073741824,"defaultLimit":107374182400,"maximumLimit":1099511627776,"name":"dataFederation.bytesProcessed.daily",
         "value":214748364800,"lastModifiedDate":"2023-07-01T00:00:00+00:00","overrunPolicy":"BLOCK"}
        """;
    private const string ClustersJson = """
        {"currentUsage":3,"defaultLimit":25,"maximumLimit":100,"name":"atlas.project.deployment.clusters","value":25}
        """;

    [Fact]
    public void A_data_federation_name_deserializes_as_the_subtype()
    {
        var limit = JsonSerializer.Deserialize(DailyJson, AtlasClientJsonContext.Default.ApiLimitView);

        var daily = Assert.IsType<ApiAtlasDataFederationQueryLimitView>(limit);
        Assert.Equal("dataFederation.bytesProcessed.daily", daily.Name);
        Assert.Equal(214748364800L, daily.Value);
        Assert.Equal(ApiAtlasDataFederationQueryLimitViewOverrunPolicy.Block, daily.OverrunPolicy);
    }

    [Theory]
    [InlineData("atlas.project.deployment.clusters")]
    [InlineData("atlas.project.some.future.limit")]
    public void Other_names_deserialize_as_the_base_type(string name)
    {
        var limit = JsonSerializer.Deserialize($$"""{"name":"{{name}}","value":25,"currentUsage":3}""", AtlasClientJsonContext.Default.ApiLimitView);

        Assert.Equal(typeof(ApiLimitView), limit!.GetType());
        Assert.Equal(name, limit.Name);
        Assert.Equal(25L, limit.Value);
    }

    [Theory]
    [InlineData(DailyJson)]
    [InlineData(ClustersJson)]
    public void Each_kind_round_trips_through_the_server_context(string json)
    {
        // The server writes readOnly properties, the discriminator among them, so the whole object comes back.
        var limit = JsonSerializer.Deserialize(json, AtlasClientJsonContext.Default.ApiLimitView);

        var written = JsonSerializer.Serialize(limit!, AtlasClientServerJsonContext.Default.ApiLimitView);

        JsonAssert.Equivalent(json, written);
        Assert.Equal(limit!.GetType(), JsonSerializer.Deserialize(written, AtlasClientJsonContext.Default.ApiLimitView)!.GetType());
    }

    [Fact]
    public void The_client_writes_only_what_a_request_may_carry_for_each_kind()
    {
        var daily = JsonSerializer.Deserialize(DailyJson, AtlasClientJsonContext.Default.ApiLimitView)!;
        var clusters = JsonSerializer.Deserialize(ClustersJson, AtlasClientJsonContext.Default.ApiLimitView)!;

        // name, usage figures and lastModifiedDate are readOnly; the subtype's own writable overrunPolicy is kept.
        JsonAssert.Equivalent("""{"value":214748364800,"overrunPolicy":"BLOCK"}""", JsonSerializer.Serialize(daily, AtlasClientJsonContext.Default.ApiLimitView));
        JsonAssert.Equivalent("""{"value":25}""", JsonSerializer.Serialize(clusters, AtlasClientJsonContext.Default.ApiLimitView));
    }
}
