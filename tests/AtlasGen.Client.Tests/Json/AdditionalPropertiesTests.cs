using System.Text.Json.Nodes;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// The tolerant reader: properties the spec does not declare are kept on read, written back by the server direction,
/// and sent by client requests only when the user sets them.
/// </summary>
public sealed class AdditionalPropertiesTests
{
    private static readonly string GroupWithExtras = $$"""
        {"id":"{{Ids.Group}}","name":"orders","orgId":"{{Ids.Org}}","clusterCount":2,"created":"2023-04-05T06:07:08+00:00",
         "futureTags":[{"key":"env","value":"prod"}],"futureRestrictions":"NONE",
         "links":[{"href":"https://cloud.mongodb.com/x","rel":"self","title":"undeclared in a nested model"}]}
        """;

    private static Group ReadGroup() => JsonSerializer.Deserialize(GroupWithExtras, AtlasClientJsonContext.Default.Group)!;

    private static string[] Keys(string json) => JsonNode.Parse(json)!.AsObject().Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_client_keeps_undeclared_properties_of_a_response_at_every_level()
    {
        var group = ReadGroup();

        Assert.Equal(new[] { "futureRestrictions", "futureTags" }, group.AdditionalProperties.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("NONE", group.AdditionalProperties["futureRestrictions"].GetString());
        Assert.Equal("prod", group.AdditionalProperties["futureTags"][0].GetProperty("value").GetString());
        Assert.Equal("undeclared in a nested model", group.Links![0].AdditionalProperties["title"].GetString());
    }

    [Fact]
    public void A_model_built_in_code_has_no_additional_properties()
    {
        var group = new Group { Name = "orders", OrgId = Ids.Org };

        Assert.Empty(group.AdditionalProperties);
        Assert.False(group.RemoveAdditionalProperty("futureTags"));
    }

    [Fact]
    public void A_client_request_does_not_send_what_it_only_read()
    {
        var json = JsonSerializer.Serialize(ReadGroup(), AtlasClientJsonContext.Default.Group);

        Assert.Equal(new[] { "name", "orgId" }, Keys(json));
    }

    [Fact]
    public void A_client_request_sends_what_the_user_set_and_nothing_else_it_read()
    {
        var group = ReadGroup();
        using var document = JsonDocument.Parse("""{"mode":"strict"}""");
        group.SetAdditionalProperty("newSetting", document.RootElement.GetProperty("mode"));

        var json = JsonSerializer.Serialize(group, AtlasClientJsonContext.Default.Group);

        Assert.Equal(new[] { "name", "newSetting", "orgId" }, Keys(json));
        Assert.Equal("strict", JsonNode.Parse(json)!["newSetting"]!.GetValue<string>());
        Assert.Equal("strict", group.AdditionalProperties["newSetting"].GetString());
        Assert.True(group.RemoveAdditionalProperty("newSetting"));
        Assert.Equal(new[] { "name", "orgId" }, Keys(JsonSerializer.Serialize(group, AtlasClientJsonContext.Default.Group)));
    }

    [Fact]
    public void The_server_direction_writes_every_property_back()
    {
        var json = JsonSerializer.Serialize(ReadGroup(), AtlasClientServerJsonContext.Default.Group);

        JsonAssert.Equivalent(GroupWithExtras, json);
    }

    [Fact]
    public async Task A_read_modify_write_through_the_client_keeps_the_extras_and_does_not_echo_them()
    {
        var atlas = FakeAtlas.Client(out var handler, CannedResponse.Json(GroupWithExtras), CannedResponse.Json(GroupWithExtras));

        var group = await atlas.Projects.GetGroupAsync(Ids.Group);
        group.Name = "orders-renamed";
        var created = await atlas.Projects.CreateGroupAsync(group);

        Assert.Equal("NONE", group.AdditionalProperties["futureRestrictions"].GetString());
        Assert.Equal("NONE", created.AdditionalProperties["futureRestrictions"].GetString());
        var sent = handler.Requests[1];
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(new[] { "name", "orgId" }, Keys(sent.Body!));
    }
}
