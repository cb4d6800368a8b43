using System.Text.Json.Nodes;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// readOnly properties flow server to client only, writeOnly ones client to server only. The client context is one
/// end, the server context (AtlasGenServerContext=true) the other.
/// </summary>
public sealed class ReadOnlyWriteOnlyDirectionTests
{
    private static Group FullGroup() => new()
    {
        Id = Ids.Group, ClusterCount = 4, Created = new DateTimeOffset(2023, 4, 5, 6, 7, 8, TimeSpan.Zero),
        Links = new() { new Link { Href = "https://cloud.mongodb.com/x", Rel = "self" } },
        Name = "orders-prod", OrgId = Ids.Org, WithDefaultAlertsSettings = true,
    };

    private static string[] Keys(string json) => JsonNode.Parse(json)!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_client_never_writes_readOnly_properties()
    {
        var json = JsonSerializer.Serialize(FullGroup(), AtlasClientJsonContext.Default.Group);

        Assert.Equal(new[] { "name", "orgId", "withDefaultAlertsSettings" }, Keys(json));
    }

    [Fact]
    public void The_server_writes_readOnly_properties()
    {
        // withDefaultAlertsSettings is no longer writeOnly in today's spec: Atlas returns it, and so does the server side.
        var json = JsonSerializer.Serialize(FullGroup(), AtlasClientServerJsonContext.Default.Group);

        Assert.Equal(new[] { "clusterCount", "created", "id", "links", "name", "orgId", "withDefaultAlertsSettings" }, Keys(json));
        Assert.Equal(Ids.Group, JsonNode.Parse(json)!["id"]!.GetValue<string>());
    }

    [Fact]
    public void The_client_reads_readOnly_properties_and_writeOnly_ones_that_a_response_carries()
    {
        // Atlas returns withDefaultAlertsSettings although the spec marks it writeOnly: dropping it would lose data.
        var group = JsonSerializer.Deserialize($$"""{"id":"{{Ids.Group}}","name":"n","orgId":"{{Ids.Org}}","withDefaultAlertsSettings":true}""", AtlasClientJsonContext.Default.Group)!;

        Assert.Equal(Ids.Group, group.Id);
        Assert.True(group.WithDefaultAlertsSettings);
        Assert.Empty(group.AdditionalProperties);
    }

    [Fact]
    public void The_server_ignores_readOnly_properties_a_request_carries()
    {
        var group = JsonSerializer.Deserialize($$"""{"id":"{{Ids.Group}}","name":"n","orgId":"{{Ids.Org}}","withDefaultAlertsSettings":true}""", AtlasClientServerJsonContext.Default.Group)!;

        Assert.Null(group.Id);
        Assert.True(group.WithDefaultAlertsSettings);
    }

    [Fact]
    public void The_server_requires_required_request_properties_and_the_client_does_not()
    {
        const string noName = $$"""{"orgId":"{{Ids.Org}}"}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(noName, AtlasClientServerJsonContext.Default.Group));
        Assert.Null(JsonSerializer.Deserialize(noName, AtlasClientJsonContext.Default.Group)!.Name);
    }

    [Fact]
    public void An_API_key_secret_goes_from_server_to_client_only()
    {
        var key = new ApiKeyUserDetails { Desc = "d", Id = Ids.ApiUser, PublicKey = "pub", PrivateKey = "secret" };

        Assert.DoesNotContain("privateKey", Keys(JsonSerializer.Serialize(key, AtlasClientJsonContext.Default.ApiKeyUserDetails)));
        Assert.Contains("privateKey", Keys(JsonSerializer.Serialize(key, AtlasClientServerJsonContext.Default.ApiKeyUserDetails)));
    }

    [Fact]
    public void A_Prometheus_password_is_sent_by_the_client_and_written_by_the_server_only_when_set()
    {
        // password is writeOnly. Atlas answers with some writeOnly properties (masked secrets, groupId), so the server
        // direction writes one that holds a value, and a server that must not reveal it leaves it unset.
        var prometheus = new Prometheus
        {
            Enabled = true, Username = "prom", Password = "p4ss", ServiceDiscovery = PrometheusServiceDiscovery.FromValue("http"),
        };

        var fromClient = Keys(JsonSerializer.Serialize(prometheus, AtlasClientJsonContext.Default.Prometheus));
        var fromServerWhenSet = Keys(JsonSerializer.Serialize(prometheus, AtlasClientServerJsonContext.Default.Prometheus));
        prometheus.Password = null;
        var fromServerWhenUnset = Keys(JsonSerializer.Serialize(prometheus, AtlasClientServerJsonContext.Default.Prometheus));

        Assert.Contains("password", fromClient);
        Assert.Contains("password", fromServerWhenSet);
        Assert.DoesNotContain("password", fromServerWhenUnset);
        Assert.Contains("username", fromServerWhenUnset);
    }
}
