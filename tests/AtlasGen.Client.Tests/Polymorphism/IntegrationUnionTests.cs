using System.Text.Json;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;

namespace AtlasGen.Client.Tests.Polymorphism;

/// <summary>The oneOf of third-party integrations, keyed by "type"; a variant this client does not know is kept as raw JSON.</summary>
public sealed class IntegrationUnionTests
{
    private static readonly AtlasClientJsonContext Json = AtlasClientJsonContext.Default;

    [Fact]
    public void A_DATADOG_type_reads_as_the_Datadog_variant()
    {
        var union = JsonSerializer.Deserialize("""{"type":"DATADOG","apiKey":"****1234","region":"EU"}""", Json.IntegrationViewForNdsGroup)!;

        Assert.NotNull(union.AsApiDatadogView);
        Assert.Equal("****1234", union.AsApiDatadogView!.ApiKey);
        Assert.Equal(ApiDatadogViewRegion.Eu, union.AsApiDatadogView.Region);
        Assert.Null(union.AsApiSlackView);
        Assert.Null(union.RawJson);
    }

    [Fact]
    public void An_unknown_type_keeps_its_raw_JSON_and_writes_it_back_unchanged()
    {
        // Compact input: raw JSON is written back as is, numbers' spelling included.
        const string json = """{"type":"FUTURE_THING","endpoint":"https://example.com/x","threshold":1.50,"tags":["a",{"b":null}]}""";

        var union = JsonSerializer.Deserialize(json, Json.IntegrationViewForNdsGroup)!;

        Assert.Null(union.Value);
        Assert.Null(union.AsApiDatadogView);
        Assert.NotNull(union.RawJson);
        Assert.Equal("FUTURE_THING", union.RawJson!.Value.GetProperty("type").GetString());
        Assert.Equal(json, JsonSerializer.Serialize(union, Json.IntegrationViewForNdsGroup));
    }

    [Fact]
    public void An_unknown_variant_inside_a_page_round_trips()
    {
        const string json = """{"links":[],"results":[{"type":"FUTURE_THING","x":1},{"type":"SLACK","apiToken":"t","channelName":"c","teamName":"n"}],"totalCount":2}""";

        var page = JsonSerializer.Deserialize(json, Json.GroupPaginatedIntegrationView)!;

        Assert.NotNull(page.Results![0].RawJson);
        Assert.NotNull(page.Results[1].AsApiSlackView);
        // results and totalCount are readOnly for a client; the server direction writes them all back.
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(page, AtlasClientServerJsonContext.Default.GroupPaginatedIntegrationView));
    }

    [Fact]
    public void A_known_variant_is_written_with_its_discriminator()
    {
        IntegrationViewForNdsGroup union = new ApiOpsGenieView { ApiKey = "k", Region = ApiOpsGenieViewRegion.Us };

        JsonAssert.Equivalent("""{"apiKey":"k","region":"US","type":"OPS_GENIE"}""", JsonSerializer.Serialize(union, Json.IntegrationViewForNdsGroup));
    }

    [Fact]
    public void A_non_object_is_a_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"DATADOG\"", Json.IntegrationViewForNdsGroup));
    }
}
