using System;
using System.Net;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AtlasGen.Integration.Tests;

/// <summary>The generated registration composes with Microsoft.Extensions.Http.Resilience.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task AddStandardResilienceHandler_retries_and_each_attempt_is_authorized_afresh()
    {
        var server = new FakeDigestServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests);
        var services = new ServiceCollection();
        services.AddAtlasClient(options =>
            {
                options.BaseAddress = new Uri("http://atlas.test/");
                options.PublicKey = "public";
                options.PrivateKey = "private";
            })
            .ConfigurePrimaryHttpMessageHandler(() => server)
            .AddStandardResilienceHandler(resilience =>
            {
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(1);
                resilience.Retry.BackoffType = DelayBackoffType.Constant;
            });
        await using var provider = services.BuildServiceProvider();

        var page = await provider.GetRequiredService<AtlasClient>().Projects.ListGroupsAsync();

        Assert.Equal(0, page.TotalCount);
        // One challenge for the first call; then the resilience handler's attempts each pass through the digest
        // handler, which sits innermost, so no Authorization header (and no nc) is ever replayed.
        Assert.Equal(1, server.Challenges);
        Assert.Equal(["00000001", "00000002", "00000003"], server.NonceCounts);
    }
}
