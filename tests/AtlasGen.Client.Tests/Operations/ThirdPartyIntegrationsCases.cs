using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 5 operations of the Third-Party Integrations tag.</summary>
internal static class ThirdPartyIntegrationsCases
{
    private const string G = Ids.Group;
    private const string IntegrationsPageJson = """
        {"links":[],"totalCount":2,"results":[
          {"id":"64b7a1c2d3e4f5a6b7c8d9e0","type":"SLACK","apiToken":"xoxb-****","channelName":"atlas-alerts","teamName":"ops"},
          {"id":"64b7a1c2d3e4f5a6b7c8d9e1","type":"PAGER_DUTY","serviceKey":"****7890","region":"EU"}]}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return Reads("listGroupIntegrations", $"/api/atlas/v2/groups/{G}/integrations", "itemsPerPage=20",
            IntegrationsPageJson,
            c => c.ThirdPartyIntegrations.ListGroupIntegrationsAsync(G, itemsPerPage: 20),
            AssertIntegrationsPage);

        // The variant comes from the discriminator mapping; Atlas's send…Metrics flags survive.
        yield return Reads("getGroupIntegration", $"/api/atlas/v2/groups/{G}/integrations/DATADOG", "",
            """{"id":"64b7a1c2d3e4f5a6b7c8d9e2","type":"DATADOG","apiKey":"****1234","region":"US3","sendDatabaseMetrics":true}""",
            c => c.ThirdPartyIntegrations.GetGroupIntegrationAsync(G, ThirdPartyIntegrationType.Datadog),
            integration =>
            {
                var datadog = Assert.IsType<Datadog>(integration);
                Assert.Equal("64b7a1c2d3e4f5a6b7c8d9e2", datadog.Id);
                Assert.Equal("****1234", datadog.ApiKey);
                Assert.Equal(DatadogRegion.Us3, datadog.Region);
                Assert.True(datadog.SendDatabaseMetrics);
            });

        // The body is written as its variant, discriminator included.
        yield return new("updateGroupIntegration", HttpMethod.Put, $"/api/atlas/v2/groups/{G}/integrations/WEBHOOK", "includeCount=false", V20230101,
            """{"secret":"s3cret","type":"WEBHOOK","url":"https://hooks.example.com/atlas"}""",
            CannedResponse.Json(IntegrationsPageJson),
            Returns(c => c.ThirdPartyIntegrations.UpdateGroupIntegrationAsync(G, ThirdPartyIntegrationType.Webhook,
                new Webhook { Url = "https://hooks.example.com/atlas", Secret = "s3cret" }, includeCount: false)),
            ResultAssert.Is<PaginatedIntegrationView>(AssertIntegrationsPage));

        yield return new("createGroupIntegration", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/integrations/DATADOG", "", V20230101,
            """{"apiKey":"a1b2c3d4e5f6","region":"US5","sendCollectionLatencyMetrics":true,"type":"DATADOG"}""",
            CannedResponse.Json(IntegrationsPageJson),
            Returns(c => c.ThirdPartyIntegrations.CreateGroupIntegrationAsync(G, ThirdPartyIntegrationType.Datadog,
                new Datadog { ApiKey = "a1b2c3d4e5f6", Region = DatadogRegion.Us5, SendCollectionLatencyMetrics = true })),
            ResultAssert.Is<PaginatedIntegrationView>(AssertIntegrationsPage));

        yield return Deletes("deleteGroupIntegration", $"/api/atlas/v2/groups/{G}/integrations/MICROSOFT_TEAMS", "",
            c => c.ThirdPartyIntegrations.DeleteGroupIntegrationAsync(G, ThirdPartyIntegrationType.MicrosoftTeams));
    }

    private static void AssertIntegrationsPage(PaginatedIntegrationView page)
    {
        Assert.Equal(2, page.TotalCount);
        Assert.Collection(page.Results,
            slack =>
            {
                var view = Assert.IsType<Slack>(slack);
                Assert.Equal("64b7a1c2d3e4f5a6b7c8d9e0", view.Id);
                Assert.Equal("atlas-alerts", view.ChannelName);
                Assert.Equal("ops", view.TeamName);
                Assert.Equal(ThirdPartyIntegrationType.Slack, view.Type);
            },
            pagerDuty =>
            {
                var view = Assert.IsType<PagerDuty>(pagerDuty);
                Assert.Equal("****7890", view.ServiceKey);
                Assert.Equal("EU", view.Region?.ToString());
            });
    }
}
