#if ATLASGEN_FULL_SPEC
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using AtlasGen.Atlas;
using AtlasGen.Runtime;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// A simulator for the whole generated spec, started as a user starts it (<c>Spec = AtlasClientSimulatorSpec.Instance</c>),
/// with the generated client over a recording transport, the driver, and one project to work in.
/// </summary>
internal sealed class FullSpecSession : IAsyncDisposable
{
    private readonly HttpClient _http;

    private FullSpecSession(AtlasSimulator simulator, HttpClient http, AtlasClient client, ExchangeRecorder recorder, string groupId)
    {
        Simulator = simulator;
        _http = http;
        Client = client;
        Driver = new OperationDriver(client, recorder, FullSpecBuild.Spec);
        Values = new Dictionary<string, string>(StringComparer.Ordinal) { ["groupId"] = groupId, ["orgId"] = simulator.Organization.Id };
    }

    public AtlasSimulator Simulator { get; }

    public AtlasClient Client { get; }

    public OperationDriver Driver { get; }

    /// <summary>The path values every call starts from: the project, the organization.</summary>
    public Dictionary<string, string> Values { get; }

    public static async Task<FullSpecSession> StartAsync()
    {
        // A generous rate limit: the driver makes hundreds of calls and measures answers, not throttling.
        var simulator = await AtlasSimulator.StartAsync(new AtlasSimulatorOptions { Spec = FullSpecBuild.Spec, RateLimit = 1_000_000 });
        var options = new AtlasClientOptions
        {
            BaseAddress = simulator.BaseAddress,
            PublicKey = simulator.Organization.PublicKey,
            PrivateKey = simulator.Organization.PrivateKey,
            Retry = new AtlasRetryOptions { Enabled = false },
        };
        var recorder = new ExchangeRecorder();
        var http = AtlasHttpClientFactory.Create(options, recorder);
        var client = new AtlasClient(http, options);
        var project = await client.Projects.CreateGroupAsync(new Group { Name = "full-spec", OrgId = simulator.Organization.Id });
        return new FullSpecSession(simulator, http, client, recorder, project.Id!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _http.Dispose();
        await Simulator.DisposeAsync();
    }
}
#endif
