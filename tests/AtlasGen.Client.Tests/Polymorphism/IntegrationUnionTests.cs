namespace AtlasGen.Client.Tests.Polymorphism;

/// <summary>
/// ThirdPartyIntegration: a base schema whose "type" discriminator maps each value to a variant schema, so the variants
/// are subclasses of the base.
/// </summary>
public sealed class IntegrationUnionTests
{
    private static readonly AtlasClientJsonContext Json = AtlasClientJsonContext.Default;

    [Fact]
    public void A_DATADOG_type_reads_as_the_Datadog_variant_with_its_own_fields()
    {
        var integration = JsonSerializer.Deserialize("""{"id":"i1","type":"DATADOG","apiKey":"****1234","region":"EU","sendQueryStatsMetrics":true}""", Json.ThirdPartyIntegration)!;

        var datadog = Assert.IsType<Datadog>(integration);
        Assert.Equal("i1", datadog.Id);
        Assert.Equal("****1234", datadog.ApiKey);
        Assert.Equal(DatadogRegion.Eu, datadog.Region);
        Assert.True(datadog.SendQueryStatsMetrics);
        Assert.Equal(ThirdPartyIntegrationType.Datadog, datadog.Type);
    }

    [Fact]
    public void An_unknown_type_reads_as_the_base_and_keeps_its_discriminator()
    {
        var integration = JsonSerializer.Deserialize("""{"id":"i2","type":"FUTURE_THING","endpoint":"https://example.com/x"}""", Json.ThirdPartyIntegration)!;

        Assert.Equal(typeof(ThirdPartyIntegration), integration.GetType());
        Assert.Equal("i2", integration.Id);
        Assert.Equal("FUTURE_THING", integration.Type?.ToString());
    }

    [Fact]
    public void Every_variant_inside_a_page_reads_as_its_own_type()
    {
        const string json = """{"links":[],"results":[{"type":"SLACK","apiToken":"t","channelName":"c","teamName":"n"},{"type":"PAGER_DUTY","serviceKey":"k"}],"totalCount":2}""";

        var page = JsonSerializer.Deserialize(json, Json.PaginatedIntegrationView)!;

        Assert.Equal("c", Assert.IsType<Slack>(page.Results[0]).ChannelName);
        Assert.Equal("k", Assert.IsType<PagerDuty>(page.Results[1]).ServiceKey);
        // results and totalCount are readOnly for a client; the server direction writes them all back.
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(page, AtlasClientServerJsonContext.Default.PaginatedIntegrationView));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_page_streamed_in_small_buffers_reads_every_variant_whatever_its_discriminator_position()
    {
        // The converter finds "type" on a copy of the reader: the whole value must be there even when the stream arrives in pieces.
        const string json = """{"results":[{"id":"s","channelName":"c","apiToken":"t","type":"SLACK"},{"type":"PAGER_DUTY","serviceKey":"k"}],"totalCount":2}""";
        var options = new JsonSerializerOptions(Json.Options) { DefaultBufferSize = 1 };
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var page = await JsonSerializer.DeserializeAsync(stream, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PaginatedIntegrationView>)options.GetTypeInfo(typeof(PaginatedIntegrationView)));

        Assert.Equal("c", Assert.IsType<Slack>(page!.Results[0]).ChannelName);
        Assert.Equal("k", Assert.IsType<PagerDuty>(page.Results[1]).ServiceKey);
    }

    [Fact]
    public void A_known_variant_is_written_with_its_discriminator()
    {
        ThirdPartyIntegration integration = new OpsGenie { ApiKey = "k", Region = OpsGenieRegion.Us };

        JsonAssert.Equivalent("""{"apiKey":"k","region":"US","type":"OPS_GENIE"}""", JsonSerializer.Serialize(integration, Json.ThirdPartyIntegration));
    }

    [Fact]
    public void A_non_object_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"DATADOG\"", Json.ThirdPartyIntegration));
    }
}
