using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Atlas;
using AtlasGen.Benchmarks.Peers;
using AtlasGen.Runtime;
using BenchmarkDotNet.Attributes;

namespace AtlasGen.Benchmarks.Json;

/// <summary>
/// (De)serialization of four Atlas bodies (a project read and written, a page of 100 API keys, an integration, which
/// is a union, and an ApiError): AtlasGen's generated metadata (JsonMetadataServices) against
/// System.Text.Json's own source generator on hand-declared equivalent types (the baseline) and reflection-based STJ.
/// One method per library; <see cref="Body"/> says what all three do in a run (the work is picked in <see cref="Setup"/>),
/// so each body's rows are compared with that body's baseline. Bodies are UTF-8 bytes, as the connection reads them; the
/// ApiError goes through the runtime's parser, as on a failed call.
/// </summary>
[ComparedByCategory]
public class JsonBenchmarks
{
    // Body values, short enough for BenchmarkDotNet to show them whole (it cuts parameters past 20 characters).
    private const string ReadProject = "Read a project";
    private const string WriteProject = "Write a project";
    private const string ReadKeys = "Read 100 API keys";
    private const string ReadUnion = "Read a union";
    private const string ReadError = "Read an ApiError";

    private static readonly JsonSerializerOptions s_reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private readonly byte[] _group = Encoding.UTF8.GetBytes(JsonPayloads.Group());
    private readonly byte[] _keys = Encoding.UTF8.GetBytes(JsonPayloads.ApiKeyPage());
    private readonly byte[] _integration = Encoding.UTF8.GetBytes(JsonPayloads.SlackIntegration);
    private readonly string _error = JsonPayloads.ApiError;
    private Group _atlasGroup = null!;
    private PeerGroup _peerGroup = null!;
    private Work _work;

    [Params(ReadProject, WriteProject, ReadKeys, ReadUnion, ReadError)]
    public string Body { get; set; } = ReadProject;

    [GlobalSetup]
    public void Setup()
    {
        _atlasGroup = JsonSerializer.Deserialize(_group, AtlasClientJsonContext.Default.Group)!;
        _peerGroup = JsonSerializer.Deserialize(_group, PeerJsonContext.Default.PeerGroup)!;
        var works = Works();
        _work = works[Body];
        // Every row must have read the same thing, or the comparison is void.
        if (((PaginatedApiApiUserView)works[ReadKeys].AtlasGen()).Results.Count != 100 || ((PeerApiKeyPage)works[ReadKeys].StjGenerated()).Results.Count != 100
            || ((Slack)works[ReadUnion].AtlasGen()).ChannelName != ((PeerSlack)works[ReadUnion].StjGenerated()).ChannelName
            || ((AtlasApiError)works[ReadError].AtlasGen()).ErrorCode != ((PeerApiError)works[ReadError].StjGenerated()).ErrorCode || _atlasGroup.Tags?.Count != 2)
        {
            throw new System.InvalidOperationException("The rows of JsonBenchmarks did not read equal values.");
        }
    }

    [Benchmark(Description = "AtlasGen")]
    public object WithAtlasGen() => _work.AtlasGen();

    [Benchmark(Baseline = true, Description = "STJ source generator")]
    public object WithStjGenerated() => _work.StjGenerated();

    [Benchmark(Description = "STJ reflection")]
    public object WithStjReflection() => _work.StjReflection();

    /// <summary>What each library does for each body.</summary>
    private Dictionary<string, Work> Works() => new()
    {
        [ReadProject] = new(
            () => JsonSerializer.Deserialize(_group, AtlasClientJsonContext.Default.Group)!,
            () => JsonSerializer.Deserialize(_group, PeerJsonContext.Default.PeerGroup)!,
            () => JsonSerializer.Deserialize<PeerGroup>(_group, s_reflection)!),
        [WriteProject] = new(
            () => JsonSerializer.SerializeToUtf8Bytes(_atlasGroup, AtlasClientJsonContext.Default.Group),
            () => JsonSerializer.SerializeToUtf8Bytes(_peerGroup, PeerJsonContext.Default.PeerGroup),
            () => JsonSerializer.SerializeToUtf8Bytes(_peerGroup, s_reflection)),
        [ReadKeys] = new(
            () => JsonSerializer.Deserialize(_keys, AtlasClientJsonContext.Default.PaginatedApiApiUserView)!,
            () => JsonSerializer.Deserialize(_keys, PeerJsonContext.Default.PeerApiKeyPage)!,
            () => JsonSerializer.Deserialize<PeerApiKeyPage>(_keys, s_reflection)!),
        [ReadUnion] = new(
            () => JsonSerializer.Deserialize(_integration, AtlasClientJsonContext.Default.ThirdPartyIntegration)!,
            () => JsonSerializer.Deserialize(_integration, PeerJsonContext.Default.PeerIntegration)!,
            () => JsonSerializer.Deserialize<PeerIntegration>(_integration, s_reflection)!),
        [ReadError] = new(
            () => AtlasApiErrorParser.TryParse(_error)!,
            () => JsonSerializer.Deserialize(_error, PeerJsonContext.Default.PeerApiError)!,
            () => JsonSerializer.Deserialize<PeerApiError>(_error, s_reflection)!),
    };

    /// <summary>One body's work for each library; a delegate call is the same small cost on every row.</summary>
    private readonly record struct Work(Func<object> AtlasGen, Func<object> StjGenerated, Func<object> StjReflection);
}
