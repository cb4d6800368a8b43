namespace AtlasGen.Runtime.Tests.Errors;

/// <summary>Error responses whose body is not an Atlas ApiError still give a useful exception.</summary>
public class AtlasApiExceptionTests
{
    private static async Task<AtlasApiException> CallAsync(FakeResponse answer)
    {
        var server = new FakeDigestServer();
        server.Users["u"] = "k";
        server.OnAuthenticated = _ => answer;
        var (client, _) = DigestTestClient.Create(server, "u", "k");
        using var connection = new AtlasConnection(client, new AtlasClientOptions { BaseAddress = DigestTestClient.BaseAddress });
        return await Assert.ThrowsAsync<AtlasApiException>(() =>
            connection.SendAsync(new AtlasRequest(HttpMethod.Get, "getProject", "/api/atlas/v2/groups/{groupId}", "/api/atlas/v2/groups/1", "application/json"), default));
    }

    [Fact]
    public async Task Html_body_is_kept_raw_and_shown_in_the_message()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

        var ex = await CallAsync(new FakeResponse(502, html, "text/html"));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.Null(ex.ErrorCode);
        Assert.Empty(ex.Parameters);
        Assert.Equal(html, ex.RawBody);
        Assert.Contains("502", ex.Message);
        Assert.Contains("getProject", ex.Message);
        Assert.Contains("Bad Gateway</h1>", ex.Message);
    }

    [Fact]
    public async Task Empty_body_gives_status_and_operation_only()
    {
        var ex = await CallAsync(new FakeResponse(500, "", null));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.Equal("", ex.RawBody);
        Assert.Equal("Atlas returned 500 InternalServerError for getProject", ex.Message);
    }

    [Fact]
    public async Task Long_non_json_body_is_cut_in_the_message_but_kept_whole()
    {
        var body = new string('x', 1000);

        var ex = await CallAsync(new FakeResponse(503, body, "text/plain"));

        Assert.Equal(body, ex.RawBody);
        Assert.EndsWith(new string('x', 200) + "...", ex.Message);
    }

    [Fact]
    public async Task ApiError_body_is_parsed()
    {
        var ex = await CallAsync(new FakeResponse(404,
            "{\"detail\":\"No group with ID 1 exists.\",\"error\":404,\"errorCode\":\"GROUP_NOT_FOUND\",\"parameters\":[\"1\",2],\"reason\":\"Not Found\"}"));

        Assert.Equal("GROUP_NOT_FOUND", ex.ErrorCode);
        Assert.Equal("No group with ID 1 exists.", ex.Detail);
        Assert.Equal("Not Found", ex.Reason);
        Assert.Equal(new[] { "1", "2" }, ex.Parameters);
        Assert.Contains("GROUP_NOT_FOUND - No group with ID 1 exists.", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"error\":")]
    public void Parser_returns_null_for_bodies_that_are_not_an_ApiError_object(string body)
        => Assert.Null(AtlasApiErrorParser.TryParse(body));
}

/// <summary>The reader-based ApiError parser keeps a parsed document's rules: whole-body validity, last duplicate wins.</summary>
public class AtlasApiErrorParserTests
{
    [Fact]
    public void Unknown_properties_of_any_shape_are_skipped()
    {
        var error = AtlasApiErrorParser.TryParse(
            "{\"extra\":{\"errorCode\":\"NESTED\",\"a\":[1,{\"b\":2}]},\"errorCode\":\"TOP\",\"more\":[[\"x\"]],\"error\":409}");

        Assert.NotNull(error);
        Assert.Equal("TOP", error.ErrorCode);
        Assert.Equal(409, error.Error);
        Assert.Empty(error.Parameters);
    }

    [Fact]
    public void Non_string_parameters_keep_their_JSON_text()
    {
        var error = AtlasApiErrorParser.TryParse("{\"parameters\":[\"a\", 1.50, {\"k\": [true, null]}, null, false]}");

        Assert.Equal(new[] { "a", "1.50", "{\"k\": [true, null]}", "null", "false" }, error!.Parameters);
    }

    [Fact]
    public void The_last_of_a_repeated_property_counts_and_wrong_types_read_as_absent()
    {
        var error = AtlasApiErrorParser.TryParse("{\"errorCode\":\"FIRST\",\"errorCode\":\"LAST\",\"detail\":7,\"error\":\"404\",\"parameters\":\"p\"}");

        Assert.Equal("LAST", error!.ErrorCode);
        Assert.Null(error.Detail);
        Assert.Null(error.Error);
        Assert.Empty(error.Parameters);
    }

    [Fact]
    public void Escaped_names_and_values_are_unescaped()
    {
        var error = AtlasApiErrorParser.TryParse("{\"error\\u0043ode\":\"GROUP_\\u004EOT_FOUND\",\"reason\":\"caf\\u00e9\"}");

        Assert.Equal("GROUP_NOT_FOUND", error!.ErrorCode);
        Assert.Equal("café", error.Reason);
    }

    [Theory]
    [InlineData("{\"errorCode\":\"X\"} trailing")]
    [InlineData("{\"errorCode\":\"X\"}{}")]
    [InlineData("{\"errorCode\":\"X\",}")]
    [InlineData("{\"errorCode\":\"X\", \"parameters\":[1,]}")]
    public void A_body_that_is_not_one_valid_JSON_object_gives_null(string body)
        => Assert.Null(AtlasApiErrorParser.TryParse(body));
}
