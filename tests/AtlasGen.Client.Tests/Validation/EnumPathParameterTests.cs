namespace AtlasGen.Client.Tests.Validation;

/// <summary>
/// An enum struct left at default has the empty string as its value. As a path parameter that empties the segment and
/// turns ".../limits/{limitName}" into ".../limits/" — another resource — so it must fail before sending.
/// </summary>
public sealed class EnumPathParameterTests
{
    [Fact]
    public async Task A_default_limit_name_is_rejected_before_sending()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());

        var ex = await Record.ExceptionAsync(() => client.Projects.DeleteGroupLimitAsync(Ids.Group, default(ProjectLimitName)));

        Assert.True(handler.Requests.Count == 0, $"sent {handler.Requests.Count} request(s), first to {(handler.Requests.Count > 0 ? handler.Requests[0].RawPath : "")}");
        var argument = Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Equal("limitName", argument.ParamName);
    }

    [Fact]
    public async Task A_default_integration_type_is_rejected_before_sending()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json("""{"type":"DATADOG","apiKey":"k"}"""));

        var ex = await Record.ExceptionAsync(() => client.ThirdPartyIntegrations.GetGroupIntegrationAsync(Ids.Group, default(ThirdPartyIntegrationType)));

        Assert.True(handler.Requests.Count == 0, $"sent {handler.Requests.Count} request(s), first to {(handler.Requests.Count > 0 ? handler.Requests[0].RawPath : "")}");
        Assert.Equal("integrationType", Assert.IsAssignableFrom<ArgumentException>(ex).ParamName);
    }

    [Fact]
    public async Task An_unknown_but_non_empty_enum_value_is_sent_as_is()
    {
        // Extensible enums: a limit this client does not know yet must still be reachable.
        using var client = FakeAtlas.Client(out var handler, CannedResponse.NoContent());

        await client.Projects.DeleteGroupLimitAsync(Ids.Group, ProjectLimitName.FromValue("atlas.project.future.limit"));

        Assert.Equal($"/api/atlas/v2/groups/{Ids.Group}/limits/atlas.project.future.limit", handler.Single.RawPath);
    }
}
