using System.Net;
using System.Net.Http;
using AtlasGen.Runtime;
using AtlasGen.Simulator.Authentication;
using AtlasGen.TestSupport;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace AtlasGen.Benchmarks.Digest;

/// <summary>
/// <see cref="Calls"/> sequential authenticated GETs from a cold start (no cached challenge), against a loopback digest
/// server: .NET's built-in digest (the baseline) against AtlasGen's handler. Mean is the time per call; Requests/call
/// is what the server saw. Both share one connection pool per benchmark, so only the authentication differs.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DigestBenchmarks
{
    public const int Calls = 20;
    /// <summary>The one account the server knows and both clients log in as.</summary>
    private static readonly NetworkCredential Account = new("benchpub", "bench-private-key");

    private FakeDigestServer _digest = null!;
    private LoopbackServer _server = null!;
    private SocketsHttpHandler _transport = null!;
    private HttpClient _builtIn = null!;
    private long _requestsAtStart;
    private long _calls;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Short, so the figures can be reported from one run. A default job: a --job on the command line replaces it
            // (CI's --job dry) instead of running beside it.
            AddJob(Job.ShortRun.AsDefault());
            AddColumn(new RequestsPerCallColumn());
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        // Atlas's digest server (the simulator's verifier with Atlas's options): MD5, qop=auth, nc checked to rise.
        _digest = new FakeDigestServer(new DigestServerOptions())
        {
            DefaultResponse = new FakeResponse(200, AtlasResponses.EmptyPage),
            RecordRequests = false,
        };
        _digest.Users[Account.UserName] = Account.Password;
        _server = LoopbackServer.StartAsync(_digest).GetAwaiter().GetResult();
        _transport = new SocketsHttpHandler { AllowAutoRedirect = false };
        var credentials = new CredentialCache { { _server.BaseAddress, "Digest", Account } };
        _builtIn = new HttpClient(new SocketsHttpHandler { Credentials = credentials, PreAuthenticate = true }) { BaseAddress = _server.BaseAddress };
        _requestsAtStart = _digest.RequestCount;
    }

    [Benchmark(Baseline = true, Description = "Built-in digest (SocketsHttpHandler + CredentialCache)", OperationsPerInvoke = Calls)]
    public async Task BuiltInDigest()
    {
        for (var i = 0; i < Calls; i++)
        {
            await GetAsync(_builtIn, i);
        }
    }

    [Benchmark(Description = "AtlasGen DigestAuthenticationHandler", OperationsPerInvoke = Calls)]
    public async Task AtlasGenDigest()
    {
        // A new handler each invocation: its challenge cache starts cold, so every N calls pay one challenge.
        using var client = new HttpClient(new DigestAuthenticationHandler(Account.UserName, Account.Password, _transport), disposeHandler: false) { BaseAddress = _server.BaseAddress };
        for (var i = 0; i < Calls; i++)
        {
            await GetAsync(client, i);
        }
    }

    private async Task GetAsync(HttpClient client, int i)
    {
        using var response = await client.GetAsync(i % 2 == 0 ? "/api/atlas/v2/groups" : "/api/atlas/v2/orgs?itemsPerPage=100");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Expected 200, got {(int)response.StatusCode}: the benchmark would measure failures.");
        }

        await response.Content.ReadAsByteArrayAsync();
        Interlocked.Increment(ref _calls);
    }

    [GlobalCleanup(Target = nameof(BuiltInDigest))]
    public void CleanupBuiltIn() => Cleanup(nameof(BuiltInDigest));

    [GlobalCleanup(Target = nameof(AtlasGenDigest))]
    public void CleanupAtlasGen() => Cleanup(nameof(AtlasGenDigest));

    private void Cleanup(string method)
    {
        // Every invocation of the run, pilot and warm-up included, starts cold; so the ratio is the steady one.
        RequestsPerCallColumn.Record(nameof(DigestBenchmarks) + "." + method, _digest.RequestCount - _requestsAtStart, _calls);
        _builtIn.Dispose();
        _transport.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
