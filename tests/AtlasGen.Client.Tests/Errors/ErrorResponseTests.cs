using AtlasGen.Runtime;

namespace AtlasGen.Client.Tests.Errors;

/// <summary>Error statuses surface as typed exceptions that keep what the server said.</summary>
public sealed class ErrorResponseTests
{
    private const string NotFoundBody = $$"""
        {"detail":"No group with ID {{Ids.Group}} exists.","error":404,"errorCode":"GROUP_NOT_FOUND",
         "parameters":["{{Ids.Group}}",42],"reason":"Not Found"}
        """;

    [Fact]
    public async Task A_404_ApiError_becomes_an_AtlasApiException_with_every_field()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Error(HttpStatusCode.NotFound, NotFoundBody));

        var ex = await Assert.ThrowsAsync<AtlasApiException>(() => client.Projects.GetGroupAsync(Ids.Group));

        Assert.IsNotType<AtlasAuthenticationException>(ex);
        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("getGroup", ex.OperationId);
        Assert.Equal("GROUP_NOT_FOUND", ex.ErrorCode);
        Assert.Equal($"No group with ID {Ids.Group} exists.", ex.Detail);
        Assert.Equal("Not Found", ex.Reason);
        Assert.Equal(new[] { Ids.Group, "42" }, ex.Parameters);
        Assert.Equal(404, ex.Error!.Error);
        Assert.Equal(NotFoundBody, ex.RawBody);
        Assert.Contains("GROUP_NOT_FOUND", ex.Message);
    }

    [Fact]
    public async Task A_404_on_a_204_operation_is_raised_too()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Error(HttpStatusCode.NotFound, NotFoundBody));

        var ex = await Assert.ThrowsAsync<AtlasApiException>(() => client.Projects.DeleteGroupAsync(Ids.Group));

        Assert.Equal("deleteGroup", ex.OperationId);
        Assert.Equal("GROUP_NOT_FOUND", ex.ErrorCode);
    }

    [Fact]
    public async Task A_401_becomes_an_AtlasAuthenticationException()
    {
        const string body = """{"detail":"You are not authorized for this resource.","error":401,"errorCode":"NOT_ORG_GROUP_CREATOR","parameters":[],"reason":"Unauthorized"}""";
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Error(HttpStatusCode.Unauthorized, body));

        var ex = await Assert.ThrowsAsync<AtlasAuthenticationException>(() => client.Projects.ListGroupsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("NOT_ORG_GROUP_CREATOR", ex.ErrorCode);
        Assert.Equal("Unauthorized", ex.Reason);
        Assert.Empty(ex.Parameters);
        Assert.Equal(body, ex.RawBody);
    }

    [Fact]
    public async Task A_non_JSON_502_keeps_the_raw_body_and_has_no_ApiError()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        using var client = FakeAtlas.Client(out var handler, new CannedResponse(HttpStatusCode.BadGateway, "text/html", html));

        var ex = await Assert.ThrowsAsync<AtlasApiException>(() => client.Teams.ListGroupTeamsAsync(Ids.Group));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Null(ex.Error);
        Assert.Null(ex.ErrorCode);
        Assert.Null(ex.Detail);
        Assert.Empty(ex.Parameters);
        Assert.Equal(html, ex.RawBody);
        Assert.Contains("502 Bad Gateway", ex.Message);
    }

    [Fact]
    public async Task A_success_body_that_is_not_the_schema_is_an_AtlasApiException_with_the_raw_body()
    {
        const string body = """{"id": 12345, "name": ["not", "a", "string"]}""";
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json(body));

        var ex = await Assert.ThrowsAsync<AtlasApiException>(() => client.Projects.GetGroupAsync(Ids.Group));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(body, ex.RawBody);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException);
    }
}
