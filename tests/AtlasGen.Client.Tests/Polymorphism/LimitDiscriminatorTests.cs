namespace AtlasGen.Client.Tests.Polymorphism;

/// <summary>
/// DataFederationLimit's "name" discriminator maps the seven project limits to DefaultLimit; a name outside the mapping
/// (a Data Federation limit, or one Atlas adds later) stays the base type.
/// </summary>
public sealed class LimitDiscriminatorTests
{
    private const string ClustersJson = """
        {"currentUsage":3,"defaultLimit":25,"maximumLimit":100,"name":"atlas.project.deployment.clusters","value":25}
        """;
    private const string DailyJson = """
        {"currentUsage":1073741824,"defaultLimit":107374182400,"maximumLimit":1099511627776,"name":"dataFederation.bytesProcessed.daily","value":214748364800}
        """;

    [Theory]
    [InlineData("atlas.project.deployment.clusters")]
    [InlineData("atlas.project.security.networkAccess.entries")]
    public void A_mapped_name_deserializes_as_DefaultLimit(string name)
    {
        var limit = JsonSerializer.Deserialize($$"""{"name":"{{name}}","value":25,"currentUsage":3}""", AtlasClientJsonContext.Default.DataFederationLimit);

        var mapped = Assert.IsType<DefaultLimit>(limit);
        Assert.Equal(name, mapped.Name);
        Assert.Equal(25L, mapped.Value);
    }

    [Theory]
    [InlineData("dataFederation.bytesProcessed.daily")]
    [InlineData("atlas.project.some.future.limit")]
    public void Other_names_deserialize_as_the_base_type(string name)
    {
        var limit = JsonSerializer.Deserialize($$"""{"name":"{{name}}","value":25,"currentUsage":3}""", AtlasClientJsonContext.Default.DataFederationLimit);

        Assert.Equal(typeof(DataFederationLimit), limit!.GetType());
        Assert.Equal(name, limit.Name);
        Assert.Equal(3L, limit.CurrentUsage);
    }

    [Theory]
    [InlineData(DailyJson)]
    [InlineData(ClustersJson)]
    public void Each_kind_round_trips_through_the_server_context(string json)
    {
        // The server writes readOnly properties, the discriminator among them, so the whole object comes back.
        var limit = JsonSerializer.Deserialize(json, AtlasClientJsonContext.Default.DataFederationLimit);

        var written = JsonSerializer.Serialize(limit!, AtlasClientServerJsonContext.Default.DataFederationLimit);

        JsonAssert.Equivalent(json, written);
        Assert.Equal(limit!.GetType(), JsonSerializer.Deserialize(written, AtlasClientJsonContext.Default.DataFederationLimit)!.GetType());
    }

    [Fact]
    public void The_client_writes_only_what_a_request_may_carry()
    {
        var clusters = JsonSerializer.Deserialize(ClustersJson, AtlasClientJsonContext.Default.DataFederationLimit)!;

        // name and the usage figures are readOnly.
        JsonAssert.Equivalent("""{"value":25}""", JsonSerializer.Serialize(clusters, AtlasClientJsonContext.Default.DataFederationLimit));
    }
}
