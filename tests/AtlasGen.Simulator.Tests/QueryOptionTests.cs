namespace AtlasGen.Simulator.Tests;

/// <summary>The shared query options and media types: pageNum/itemsPerPage/includeCount, envelope, pretty, Accept and 404/405.</summary>
public sealed class QueryOptionTests : SimulatorWireTests
{
    public QueryOptionTests(SimulatorFixture sim)
        : base(sim)
    {
    }

    private async Task<string> KeyWithEntriesAsync(int entries)
    {
        var key = (await Wire.PostAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys", """{"desc":"paging","roles":["ORG_MEMBER"]}""")).Json.GetProperty("id").GetString()!;
        var body = "[" + string.Join(",", Enumerable.Range(1, entries).Select(i => $$"""{"ipAddress":"10.0.0.{{i}}"}""")) + "]";
        Assert.Equal(HttpStatusCode.OK, (await Wire.PostAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{key}/accessList", body)).Status);
        return $"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{key}/accessList";
    }

    [Fact]
    public async Task Pages_split_the_list_in_order_and_includeCount_controls_totalCount()
    {
        var list = await KeyWithEntriesAsync(5);
        var pages = new[] { 1, 2, 3 }.Select(async p => (await Wire.GetAsync($"{list}?itemsPerPage=2&pageNum={p}")).Json).Select(t => t.Result).ToList();
        Assert.Equal(new[] { 2, 2, 1 }, pages.Select(p => p.GetProperty("results").GetArrayLength()));
        Assert.All(pages, p => Assert.Equal(5, p.GetProperty("totalCount").GetInt32()));
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"10.0.0.{i}"),
            pages.SelectMany(p => p.GetProperty("results").EnumerateArray()).Select(e => e.GetProperty("ipAddress").GetString()));
        Assert.Equal(0, (await Wire.GetAsync($"{list}?pageNum=4&itemsPerPage=2")).Json.GetProperty("results").GetArrayLength());
        Assert.False((await Wire.GetAsync($"{list}?includeCount=false")).Json.TryGetProperty("totalCount", out _));
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{list}?itemsPerPage=abc")).ErrorCode);
        Assert.Equal("INVALID_ATTRIBUTE", (await Wire.GetAsync($"{list}?includeCount=perhaps")).ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await Wire.GetAsync($"{list}?itemsPerPage=500")).Status);
    }

    [Fact]
    public async Task Envelope_wraps_a_resource_and_adds_status_to_a_page()
    {
        var resource = await Wire.GetAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{Sim.Org.ApiKeyId}?envelope=true");
        Assert.Equal(200, resource.Json.GetProperty("status").GetInt32());
        Assert.Equal(Sim.Org.ApiKeyId, resource.Json.GetProperty("content").GetProperty("id").GetString());

        var page = await Wire.GetAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys?envelope=true");
        Assert.Equal(200, page.Json.GetProperty("status").GetInt32());
        Assert.True(page.Json.GetProperty("results").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Pretty_indents_and_the_default_is_compact()
    {
        var pretty = await Wire.GetAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{Sim.Org.ApiKeyId}?pretty=true");
        Assert.Contains("\n  \"", pretty.Body, StringComparison.Ordinal);
        var compact = await Wire.GetAsync($"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{Sim.Org.ApiKeyId}");
        Assert.DoesNotContain("\n", compact.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_selects_the_versioned_media_type_or_gets_406()
    {
        var path = $"api/atlas/v2/orgs/{Sim.Org.Id}/apiKeys/{Sim.Org.ApiKeyId}";
        Assert.Equal(WireClient.V1, (await Wire.GetAsync(path)).MediaType);
        Assert.Equal(WireClient.V1, (await Wire.SendAsync(HttpMethod.Get, path, null, accept: null)).MediaType);
        Assert.Equal(WireClient.V1, (await Wire.GetAsync(path, "*/*")).MediaType);
        var future = await Wire.GetAsync(path, "application/vnd.atlas.2030-01-01+json");
        Assert.Equal(HttpStatusCode.NotAcceptable, future.Status);
        Assert.Equal("NOT_ACCEPTABLE", future.ErrorCode);
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Wire.GetAsync(path, "application/json")).Status);
    }

    [Fact]
    public async Task Unknown_paths_are_404_and_wrong_methods_405()
    {
        var unknown = await Wire.GetAsync("api/atlas/v2/clusters");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("RESOURCE_NOT_FOUND", unknown.ErrorCode);
        var wrongMethod = await Wire.PutAsync("api/atlas/v2/groups", "{}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", wrongMethod.ErrorCode);
    }
}
