using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Atlas;
using AtlasGen.Benchmarks.Peers;
using AtlasGen.Runtime;
using BenchmarkDotNet.Attributes;

namespace AtlasGen.Benchmarks.Json;

/// <summary>
/// (De)serialization of four Atlas bodies, per category: AtlasGen's generated metadata (JsonMetadataServices) against
/// System.Text.Json's own source generator on hand-declared equivalent types (the baseline) and reflection-based STJ.
/// Bodies are UTF-8 bytes, as the connection reads them; the ApiError goes through the runtime's parser, as on a failed call.
/// </summary>
[ComparedByCategory]
public class JsonBenchmarks
{
    private const string ReadProject = "Read a project";
    private const string WriteProject = "Write a project";
    private const string ReadKeys = "Read a page of 100 API keys";
    private const string ReadUnion = "Read an integration (union)";
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

    [GlobalSetup]
    public void Setup()
    {
        _atlasGroup = JsonSerializer.Deserialize(_group, AtlasClientJsonContext.Default.Group)!;
        _peerGroup = JsonSerializer.Deserialize(_group, PeerJsonContext.Default.PeerGroup)!;
        // Every row must have read the same thing, or the comparison is void.
        if (AtlasGenKeys().Results.Count != 100 || StjGeneratedKeys().Results.Count != 100 || ((Slack)AtlasGenUnion()).ChannelName != ((PeerSlack)StjGeneratedUnion()).ChannelName
            || AtlasGenError()?.ErrorCode != StjGeneratedError().ErrorCode || _atlasGroup.Tags?.Count != 2)
        {
            throw new System.InvalidOperationException("The rows of JsonBenchmarks did not read equal values.");
        }
    }

    [BenchmarkCategory(ReadProject), Benchmark(Description = "AtlasGen")]
    public Group AtlasGenReadGroup() => JsonSerializer.Deserialize(_group, AtlasClientJsonContext.Default.Group)!;

    [BenchmarkCategory(ReadProject), Benchmark(Baseline = true, Description = "STJ source generator")]
    public PeerGroup StjGeneratedReadGroup() => JsonSerializer.Deserialize(_group, PeerJsonContext.Default.PeerGroup)!;

    [BenchmarkCategory(ReadProject), Benchmark(Description = "STJ reflection")]
    public PeerGroup StjReflectionReadGroup() => JsonSerializer.Deserialize<PeerGroup>(_group, s_reflection)!;

    [BenchmarkCategory(WriteProject), Benchmark(Description = "AtlasGen")]
    public byte[] AtlasGenWriteGroup() => JsonSerializer.SerializeToUtf8Bytes(_atlasGroup, AtlasClientJsonContext.Default.Group);

    [BenchmarkCategory(WriteProject), Benchmark(Baseline = true, Description = "STJ source generator")]
    public byte[] StjGeneratedWriteGroup() => JsonSerializer.SerializeToUtf8Bytes(_peerGroup, PeerJsonContext.Default.PeerGroup);

    [BenchmarkCategory(WriteProject), Benchmark(Description = "STJ reflection")]
    public byte[] StjReflectionWriteGroup() => JsonSerializer.SerializeToUtf8Bytes(_peerGroup, s_reflection);

    [BenchmarkCategory(ReadKeys), Benchmark(Description = "AtlasGen")]
    public PaginatedApiApiUserView AtlasGenKeys() => JsonSerializer.Deserialize(_keys, AtlasClientJsonContext.Default.PaginatedApiApiUserView)!;

    [BenchmarkCategory(ReadKeys), Benchmark(Baseline = true, Description = "STJ source generator")]
    public PeerApiKeyPage StjGeneratedKeys() => JsonSerializer.Deserialize(_keys, PeerJsonContext.Default.PeerApiKeyPage)!;

    [BenchmarkCategory(ReadKeys), Benchmark(Description = "STJ reflection")]
    public PeerApiKeyPage StjReflectionKeys() => JsonSerializer.Deserialize<PeerApiKeyPage>(_keys, s_reflection)!;

    [BenchmarkCategory(ReadUnion), Benchmark(Description = "AtlasGen")]
    public ThirdPartyIntegration AtlasGenUnion() => JsonSerializer.Deserialize(_integration, AtlasClientJsonContext.Default.ThirdPartyIntegration)!;

    [BenchmarkCategory(ReadUnion), Benchmark(Baseline = true, Description = "STJ source generator")]
    public PeerIntegration StjGeneratedUnion() => JsonSerializer.Deserialize(_integration, PeerJsonContext.Default.PeerIntegration)!;

    [BenchmarkCategory(ReadUnion), Benchmark(Description = "STJ reflection")]
    public PeerIntegration StjReflectionUnion() => JsonSerializer.Deserialize<PeerIntegration>(_integration, s_reflection)!;

    [BenchmarkCategory(ReadError), Benchmark(Description = "AtlasGen (AtlasApiErrorParser)")]
    public AtlasApiError? AtlasGenError() => AtlasApiErrorParser.TryParse(_error);

    [BenchmarkCategory(ReadError), Benchmark(Baseline = true, Description = "STJ source generator")]
    public PeerApiError StjGeneratedError() => JsonSerializer.Deserialize(_error, PeerJsonContext.Default.PeerApiError)!;

    [BenchmarkCategory(ReadError), Benchmark(Description = "STJ reflection")]
    public PeerApiError StjReflectionError() => JsonSerializer.Deserialize<PeerApiError>(_error, s_reflection)!;
}
