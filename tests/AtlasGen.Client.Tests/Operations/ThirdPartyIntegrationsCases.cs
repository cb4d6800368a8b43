using System.Collections.Generic;
using System.Net.Http;
using AtlasGen.Atlas;
using AtlasGen.Client.Tests.Infrastructure;
using Xunit;
using static AtlasGen.Client.Tests.Operations.OperationCase;

namespace AtlasGen.Client.Tests.Operations;

/// <summary>The 5 operations of the Third-Party Integrations tag.</summary>
internal static class ThirdPartyIntegrationsCases
{
    private const string G = Ids.Group;
    private const string IntegrationsPageJson = """
        {"links":[],"totalCount":2,"results":[
          {"type":"SLACK","apiToken":"xoxb-****","channelName":"atlas-alerts","teamName":"ops"},
          {"type":"PAGER_DUTY","serviceKey":"****7890","region":"EU"}]}
        """;

    public static IEnumerable<OperationCase> All()
    {
        yield return new("listThirdPartyIntegrations", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/integrations", "itemsPerPage=20", V20230101, null,
            CannedResponse.Json(IntegrationsPageJson),
            Returns(c => c.ThirdPartyIntegrations.ListThirdPartyIntegrationsAsync(G, itemsPerPage: 20)),
            ResultAssert.Is<GroupPaginatedIntegrationView>(AssertIntegrationsPage));

        yield return new("getThirdPartyIntegration", HttpMethod.Get, $"/api/atlas/v2/groups/{G}/integrations/DATADOG", "", V20230101, null,
            CannedResponse.Json("""{"type":"DATADOG","apiKey":"****1234","region":"US3"}"""),
            Returns(c => c.ThirdPartyIntegrations.GetThirdPartyIntegrationAsync(G, IntegrationType.Datadog)),
            ResultAssert.Is<IntegrationViewForNdsGroup>(integration =>
            {
                var datadog = Assert.IsType<ApiDatadogView>(integration.Value);
                Assert.Equal("****1234", datadog.ApiKey);
                Assert.Equal(ApiDatadogViewRegion.Us3, datadog.Region);
                Assert.Null(integration.RawJson);
            }));

        // The union body is written as its variant, discriminator included.
        yield return new("updateThirdPartyIntegration", HttpMethod.Put, $"/api/atlas/v2/groups/{G}/integrations/WEBHOOK", "includeCount=false", V20230101,
            """{"secret":"s3cret","type":"WEBHOOK","url":"https://hooks.example.com/atlas"}""",
            CannedResponse.Json(IntegrationsPageJson),
            Returns(c => c.ThirdPartyIntegrations.UpdateThirdPartyIntegrationAsync(G, IntegrationType.Webhook,
                new ApiWebhookView { Url = "https://hooks.example.com/atlas", Secret = "s3cret" }, includeCount: false)),
            ResultAssert.Is<GroupPaginatedIntegrationView>(AssertIntegrationsPage));

        yield return new("createThirdPartyIntegration", HttpMethod.Post, $"/api/atlas/v2/groups/{G}/integrations/DATADOG", "", V20230101,
            """{"apiKey":"a1b2c3d4e5f6","region":"US5","type":"DATADOG"}""",
            CannedResponse.Json(IntegrationsPageJson),
            Returns(c => c.ThirdPartyIntegrations.CreateThirdPartyIntegrationAsync(G, IntegrationType.Datadog,
                new ApiDatadogView { ApiKey = "a1b2c3d4e5f6", Region = ApiDatadogViewRegion.Us5 })),
            ResultAssert.Is<GroupPaginatedIntegrationView>(AssertIntegrationsPage));

        yield return new("deleteThirdPartyIntegration", HttpMethod.Delete, $"/api/atlas/v2/groups/{G}/integrations/MICROSOFT_TEAMS", "", V20230101, null,
            CannedResponse.NoContent(),
            ReturnsNothing(c => c.ThirdPartyIntegrations.DeleteThirdPartyIntegrationAsync(G, IntegrationType.MicrosoftTeams)),
            NoResult);
    }

    private static void AssertIntegrationsPage(GroupPaginatedIntegrationView page)
    {
        Assert.Equal(2, page.TotalCount);
        Assert.Collection(page.Results!,
            slack =>
            {
                var view = Assert.IsType<ApiSlackView>(slack.Value);
                Assert.Equal("atlas-alerts", view.ChannelName);
                Assert.Equal("ops", view.TeamName);
                Assert.Equal(ApiSlackViewType.Slack, view.Type);
            },
            pagerDuty =>
            {
                Assert.NotNull(pagerDuty.AsApiPagerDutyView);
                Assert.Equal("****7890", pagerDuty.AsApiPagerDutyView!.ServiceKey);
                Assert.Equal(ApiOpsGenieViewRegion.Eu, pagerDuty.AsApiPagerDutyView.Region);
            });
    }
}
