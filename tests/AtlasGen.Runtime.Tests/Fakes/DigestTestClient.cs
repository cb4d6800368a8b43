using Microsoft.Extensions.Logging;

namespace AtlasGen.Runtime.Tests.Fakes;

/// <summary>Builds an HttpClient with the digest handler over a fake server, in memory.</summary>
public static class DigestTestClient
{
    public static readonly Uri BaseAddress = new("https://atlas.test");

    public static (HttpClient Client, DigestAuthenticationHandler Handler) Create(FakeDigestServer server, string username, string password, ILogger? logger = null)
    {
        var handler = new DigestAuthenticationHandler(username, password, new FakeServerHandler(server), logger);
        return (new HttpClient(handler) { BaseAddress = BaseAddress }, handler);
    }
}
