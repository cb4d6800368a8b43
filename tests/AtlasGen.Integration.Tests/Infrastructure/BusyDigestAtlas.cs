using AtlasGen.Simulator.Authentication;

namespace AtlasGen.Integration.Tests.Infrastructure;

/// <summary>Atlas's digest server, knowing one API key, that is busy for a while.</summary>
internal static class BusyDigestAtlas
{
    /// <summary>
    /// Answers the authenticated requests with <paramref name="statuses"/> in turn (an Atlas error body and
    /// <c>Retry-After: 0</c>), then with an empty project page. Serve it with <see cref="FakeServerHandler"/>.
    /// </summary>
    public static FakeDigestServer Create(string publicKey, string privateKey, params HttpStatusCode[] statuses)
    {
        var server = new FakeDigestServer(new DigestServerOptions())
        {
            DefaultResponse = new FakeResponse(200, AtlasResponses.EmptyPage, AtlasResponses.PageMediaType),
        };
        server.Users[publicKey] = privateKey;
        return server.Script([.. statuses.Select(status =>
            new FakeResponse((int)status, AtlasResponses.Error((int)status, "SERVICE_UNAVAILABLE", "busy")).With("Retry-After", "0"))]);
    }
}
