namespace AtlasGen.Client.Tests.Envelope;

/// <summary>envelope=true: Atlas wraps the body as {status, content}, or, for lists, adds status beside results.</summary>
public sealed class EnvelopeTests
{
    [Fact]
    public async Task An_enveloped_object_is_unwrapped_and_the_flags_are_sent()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json($$$"""
            {"status":200,"content":{"id":"{{{Ids.Group}}}","name":"orders-prod","orgId":"{{{Ids.Org}}}","clusterCount":1,"created":"2023-04-05T06:07:08Z"}}
            """));

        var group = await client.Projects.GetGroupAsync(Ids.Group, envelope: true, pretty: true);

        Assert.Equal(Ids.Group, group.Id);
        Assert.Equal("orders-prod", group.Name);
        Assert.Equal(1L, group.ClusterCount);
        Assert.Contains("envelope=true", handler.Single.RawQuery.Split('&'));
        Assert.Contains("pretty=true", handler.Single.RawQuery.Split('&'));
    }

    [Fact]
    public async Task An_enveloped_list_reads_its_results()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json($$$"""
            {"status":200,"links":[],"totalCount":1,"results":[{"roleNames":["GROUP_OWNER"],"teamId":"{{{Ids.Team}}}"}]}
            """));

        var page = await client.Teams.ListGroupTeamsAsync(Ids.Group, envelope: true);

        Assert.Equal(1, page.TotalCount);
        Assert.Equal(Ids.Team, Assert.Single(page.Results!).TeamId);
        Assert.Equal("envelope=true", handler.Single.RawQuery);
    }

    [Fact]
    public async Task An_enveloped_no_content_answer_completes()
    {
        // With an envelope Atlas answers 200 and puts the real status in the body.
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json("""{"status":204,"content":{}}"""));

        await client.Projects.DeleteGroupAsync(Ids.Group, envelope: true);

        Assert.Equal("envelope=true", handler.Single.RawQuery);
    }
}
