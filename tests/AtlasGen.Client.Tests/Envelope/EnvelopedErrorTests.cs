using AtlasGen.Runtime;

namespace AtlasGen.Client.Tests.Envelope;

/// <summary>
/// envelope=true exists for clients that "cannot access the HTTP response headers or status code": the real status
/// is the body's "status". An error wrapped that way must still raise, not come back as an empty model.
/// </summary>
public sealed class EnvelopedErrorTests
{
    private const string EnvelopedNotFound = $$$"""
        {"status":404,"content":{"detail":"No group with ID {{{Ids.Group}}} exists.","error":404,"errorCode":"GROUP_NOT_FOUND","parameters":["{{{Ids.Group}}}"],"reason":"Not Found"}}
        """;

    [Fact]
    public async Task An_enveloped_404_raises_an_AtlasApiException()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json(EnvelopedNotFound));

        var ex = await Record.ExceptionAsync(() => client.Projects.GetGroupAsync(Ids.Group, envelope: true));

        var api = Assert.IsAssignableFrom<AtlasApiException>(ex);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("GROUP_NOT_FOUND", api.ErrorCode);
    }

    [Fact]
    public async Task An_enveloped_404_on_a_204_operation_raises_too()
    {
        using var client = FakeAtlas.Client(out var handler, CannedResponse.Json(EnvelopedNotFound));

        var ex = await Record.ExceptionAsync(() => client.Projects.DeleteGroupAsync(Ids.Group, envelope: true));

        Assert.Equal("GROUP_NOT_FOUND", Assert.IsAssignableFrom<AtlasApiException>(ex).ErrorCode);
    }
}
