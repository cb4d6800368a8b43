using System.Reflection;
using AtlasGen.Runtime;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests;

/// <summary>
/// A method for an older media-type version names its newest sibling, so that Atlas's 410 VERSION_GONE after the
/// sunset tells the caller which method to call instead. Compiled and run, over a transport that answers 410.
/// </summary>
public sealed class VersionGoneAdviceTests
{
    private static readonly string Spec = TestSpec.Spec(
        [
            TestSpec.Operation("get", "/api/atlas/v2/things", "listThings", "Things", TestSpec.Ok(
                TestSpec.Content("{type: object, properties: {name: {type: string}}}", "application/vnd.atlas.2025-01-01+json"),
                TestSpec.Content("{type: object, properties: {label: {type: string}}}", "application/vnd.atlas.2023-01-01+json", sunset: "'2026-01-01'"))),
        ]);

    private sealed class GoneTransport : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.Gone)
            {
                RequestMessage = request,
                Content = new StringContent("{\"error\":410,\"errorCode\":\"VERSION_GONE\",\"detail\":\"Gone.\",\"reason\":\"Gone\"}"),
            });
    }

    [Fact]
    public async Task The_older_version_method_raises_VERSION_GONE_naming_the_newest_method()
    {
        var run = GeneratorHarness.Run(Spec);
        Assert.Empty(run.CompileDiagnostics());
        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image);
        Assert.True(emitted.Success, run.Describe(emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());

        var clientType = assembly.GetTypes().Single(t => t.Name == "ThingsClient");
        using var connection = new AtlasConnection(new HttpClient(new GoneTransport()) { BaseAddress = new Uri("https://atlas.test") });
        var client = Activator.CreateInstance(clientType, connection)!;
        var methods = clientType.GetMethods().Where(m => m.Name.StartsWith("ListThings", StringComparison.Ordinal) && m.GetParameters().Length == 1).ToList();
        var newest = methods.Single(m => m.Name == "ListThingsAsync");
        var older = methods.Single(m => m.Name != "ListThingsAsync");

        var olderError = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => (Task)older.Invoke(client, [CancellationToken.None])!);
        var newestError = await Assert.ThrowsAsync<AtlasVersionGoneException>(() => (Task)newest.Invoke(client, [CancellationToken.None])!);

        Assert.Equal("ListThingsAsync", olderError.NewerMethod);
        Assert.Equal("application/vnd.atlas.2023-01-01+json", olderError.RequestedVersion);
        Assert.Contains("Call ListThingsAsync instead", olderError.Message, StringComparison.Ordinal);
        Assert.Null(newestError.NewerMethod);
        Assert.Equal("application/vnd.atlas.2025-01-01+json", newestError.RequestedVersion);
    }
}
