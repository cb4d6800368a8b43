using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AtlasGen.Atlas;
using AtlasGen.Benchmarks.Json;
using AtlasGen.Benchmarks.Peers;
using AtlasGen.Benchmarks.Peers.KiotaAtlas;
using AtlasGen.TestSupport;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Refit;
using KiotaGroup = AtlasGen.Benchmarks.Peers.KiotaAtlas.Models.Group;

namespace AtlasGen.Benchmarks.Calls;

/// <summary>
/// One GET (getGroup) and one POST (createGroup) on loopback against <see cref="LoopbackAtlasEndpoint"/>, per client:
/// hand-written HttpClient + STJ's generated metadata (the baseline, the least a typed call can cost), AtlasGen,
/// Refit (its generated implementation, RestService.ForGenerated) and Kiota (generated from the bundled spec at build time).
/// Every client shares one SocketsHttpHandler, so only what the client does around the request differs.
/// </summary>
[ComparedByCategory]
public class CallOverheadBenchmarks
{
    private const string Get = "GET getGroup";
    private const string Post = "POST createGroup";

    private LoopbackServer _endpoint = null!;
    private SocketsHttpHandler _transport = null!;
    private HttpClient _http = null!;
    private AtlasClient _atlasGen = null!;
    private IRefitAtlasApi _refit = null!;
    private KiotaAtlasClient _kiota = null!;
    private readonly MediaTypeWithQualityHeaderValue _accept = new(LoopbackAtlasEndpoint.MediaType);
    private readonly MediaTypeHeaderValue _contentType = new(LoopbackAtlasEndpoint.MediaType);

    [GlobalSetup]
    public void Setup()
    {
        _endpoint = LoopbackAtlasEndpoint.StartAsync().GetAwaiter().GetResult();
        _transport = new SocketsHttpHandler();
        _http = new HttpClient(_transport, disposeHandler: false) { BaseAddress = _endpoint.BaseAddress };
        _atlasGen = new AtlasClient(_http);
        _refit = RestService.ForGenerated<IRefitAtlasApi>(_http, PeerJsonContext.Default);
        _kiota = new KiotaAtlasClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _http) { BaseUrl = _endpoint.BaseAddress.AbsoluteUri.TrimEnd('/') });

        // Every row must have made the same call and read the same project, or the comparison is void.
        var names = new[]
        {
            HandWrittenGet().GetAwaiter().GetResult().Name, AtlasGenGet().GetAwaiter().GetResult().Name, RefitGet().GetAwaiter().GetResult().Name,
            KiotaGet().GetAwaiter().GetResult().Name, HandWrittenPost().GetAwaiter().GetResult().Name, AtlasGenPost().GetAwaiter().GetResult().Name,
            RefitPost().GetAwaiter().GetResult().Name, KiotaPost().GetAwaiter().GetResult().Name,
        };
        if (Array.Exists(names, name => name != "bench-project"))
        {
            throw new InvalidOperationException("A client of CallOverheadBenchmarks did not read the project: " + string.Join(", ", names));
        }
    }

    private static Group NewAtlasGenGroup() => new() { Name = "bench-project", OrgId = "5e4d3c2b1a0f9e8d7c6b5a48" };

    private static PeerGroup NewPeerGroup() => new() { Name = "bench-project", OrgId = "5e4d3c2b1a0f9e8d7c6b5a48" };

    [BenchmarkCategory(Get), Benchmark(Baseline = true, Description = "HttpClient + STJ (hand-written)")]
    public async Task<PeerGroup> HandWrittenGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/atlas/v2/groups/" + Uri.EscapeDataString(JsonPayloads.GroupId));
        request.Headers.Accept.Add(_accept);
        using var response = await _http.SendAsync(request, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(PeerJsonContext.Default.PeerGroup, CancellationToken.None))!;
    }

    [BenchmarkCategory(Get), Benchmark(Description = "AtlasGen")]
    public Task<Group> AtlasGenGet() => _atlasGen.Projects.GetGroupAsync(JsonPayloads.GroupId, CancellationToken.None);

    [BenchmarkCategory(Get), Benchmark(Description = "Refit (ForGenerated)")]
    public Task<PeerGroup> RefitGet() => _refit.GetGroupAsync(JsonPayloads.GroupId, CancellationToken.None);

    [BenchmarkCategory(Get), Benchmark(Description = "Kiota")]
    public async Task<KiotaGroup> KiotaGet() => (await _kiota.Api.Atlas.V2.Groups[JsonPayloads.GroupId].GetAsync(cancellationToken: CancellationToken.None))!;

    [BenchmarkCategory(Post), Benchmark(Baseline = true, Description = "HttpClient + STJ (hand-written)")]
    public async Task<PeerGroup> HandWrittenPost()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/atlas/v2/groups")
        {
            Content = JsonContent.Create(NewPeerGroup(), PeerJsonContext.Default.PeerGroup, _contentType),
        };
        request.Headers.Accept.Add(_accept);
        using var response = await _http.SendAsync(request, CancellationToken.None);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(PeerJsonContext.Default.PeerGroup, CancellationToken.None))!;
    }

    [BenchmarkCategory(Post), Benchmark(Description = "AtlasGen")]
    public Task<Group> AtlasGenPost() => _atlasGen.Projects.CreateGroupAsync(NewAtlasGenGroup(), CancellationToken.None);

    [BenchmarkCategory(Post), Benchmark(Description = "Refit (ForGenerated)")]
    public Task<PeerGroup> RefitPost() => _refit.CreateGroupAsync(NewPeerGroup(), CancellationToken.None);

    [BenchmarkCategory(Post), Benchmark(Description = "Kiota")]
    public async Task<KiotaGroup> KiotaPost()
        => (await _kiota.Api.Atlas.V2.Groups.PostAsync(new KiotaGroup { Name = "bench-project", OrgId = "5e4d3c2b1a0f9e8d7c6b5a48" }, cancellationToken: CancellationToken.None))!;

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _transport.Dispose();
        _endpoint.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
