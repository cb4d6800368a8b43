#if ATLASGEN_FULL_SPEC
using System.Net.Http;
using AtlasGen.Atlas;
using AtlasGen.Runtime;
using AtlasGen.TestData.Prism;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>
/// A simulator for the whole generated spec, started as a user starts it (<c>Spec = AtlasClientSimulatorSpec.Instance</c>)
/// on the caller's options (a clock, provisioning), with the generated client over a recording transport, the driver,
/// and one project to work in; optionally with a Prism validating proxy between the client and the simulator.
/// </summary>
internal sealed class FullSpecSession : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ExchangeRecorder _recorder;
    private HttpClient? _directHttp;
    private AtlasClient? _directClient;
    private OperationDriver? _directDriver;

    private FullSpecSession(AtlasSimulator simulator, PrismProxy? proxy, HttpClient http, AtlasClient client, ExchangeRecorder recorder, string groupId)
    {
        Simulator = simulator;
        Proxy = proxy;
        _http = http;
        Client = client;
        _recorder = recorder;
        Driver = new OperationDriver(client, recorder, FullSpecBuild.Spec);
        GroupId = groupId;
        Values = new Dictionary<string, string>(StringComparer.Ordinal) { ["groupId"] = groupId, ["orgId"] = simulator.Organization.Id };
    }

    public AtlasSimulator Simulator { get; }

    /// <summary>The Prism proxy the client goes through, when the session was started with one.</summary>
    public PrismProxy? Proxy { get; }

    public AtlasClient Client { get; }

    public OperationDriver Driver { get; }

    /// <summary>The project the session created to work in.</summary>
    public string GroupId { get; }

    /// <summary>The status of the last answer (the generated client accepts any 2xx, so a test checks 201 and 202 here).</summary>
    public int LastStatus => _recorder.Last?.Status ?? 0;

    /// <summary>The path values every call starts from: the project, the organization.</summary>
    public Dictionary<string, string> Values { get; }

    /// <summary>
    /// A driver that calls the simulator itself, past Prism: for a call Prism could not carry (it answers some text
    /// bodies and a GET with a body with its own 5xx), so that what is judged is the simulator's answer.
    /// </summary>
    public OperationDriver DirectDriver()
    {
        if (Proxy is null)
        {
            return Driver;
        }

        if (_directDriver is not null)
        {
            return _directDriver;
        }

        var recorder = new ExchangeRecorder();
        (_directHttp, _directClient) = ClientFor(Simulator, Simulator.BaseAddress, recorder);
        _directDriver = new OperationDriver(_directClient, recorder, FullSpecBuild.Spec);
        return _directDriver;
    }

    /// <param name="options">The simulator's options (its spec is set here); null for the driver's: a generous rate limit, since it makes hundreds of calls and measures answers, not throttling.</param>
    /// <param name="prism">Prism's executable: the client then calls a Prism proxy loaded with the same full spec.</param>
    public static async Task<FullSpecSession> StartAsync(AtlasSimulatorOptions? options = null, string? prism = null)
    {
        options ??= new AtlasSimulatorOptions { RateLimit = 1_000_000 };
        options.Spec = FullSpecBuild.Spec;
        var simulator = await AtlasSimulator.StartAsync(options);
        // Prism reads the whole spec before it listens (about 17 s on an idle machine).
        var proxy = prism is null ? null : await PrismProxy.StartAsync(prism, FullSpecBuild.SpecPath, simulator.BaseAddress, TimeSpan.FromMinutes(5));
        var recorder = new ExchangeRecorder();
        var (http, client) = ClientFor(simulator, proxy?.Address ?? simulator.BaseAddress, recorder);
        var project = await client.Projects.CreateGroupAsync(new Group { Name = "full-spec", OrgId = simulator.Organization.Id });
        return new FullSpecSession(simulator, proxy, http, client, recorder, project.Id!);
    }

    /// <summary>The generated client for the simulator's organization, at an address (the simulator's or Prism's), without retries: every answer is judged as it came.</summary>
    private static (HttpClient Http, AtlasClient Client) ClientFor(AtlasSimulator simulator, Uri address, ExchangeRecorder recorder)
    {
        var options = new AtlasClientOptions
        {
            BaseAddress = address,
            PublicKey = simulator.Organization.PublicKey,
            PrivateKey = simulator.Organization.PrivateKey,
            Retry = new AtlasRetryOptions { Enabled = false },
        };
        var http = AtlasHttpClientFactory.Create(options, recorder);
        return (http, new AtlasClient(http, options));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _http.Dispose();
        _directClient?.Dispose();
        _directHttp?.Dispose();
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        await Simulator.DisposeAsync();
    }
}
#endif
