using System.Text.Json.Serialization;
using AtlasGen.TestData;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// Every model against data the generator never saw: samples built from the bundled spec's own schemas and examples
/// (every operation's request and response bodies, in each version), and the bodies live Atlas really sent
/// (../shared/real-responses). Read by one direction's metadata and written by the other's, each keeps every property,
/// so a property the generator dropped or misnamed fails here. Samples are never built from the metadata under test.
/// </summary>
public sealed class EveryModelRoundTripTests
{
    private static readonly Lazy<ClientOperations> s_client = new(() => ClientOperations.Of(typeof(AtlasClient).Assembly));

    public static TheoryData<string> ModelNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in GeneratedTypes.Models())
        {
            data.Add(type.Name);
        }

        return data;
    }

    public static TheoryData<string> EnumNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in GeneratedTypes.Enums())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Fact]
    public void The_model_list_is_the_generated_one()
    {
        var names = GeneratedTypes.Models().Select(t => t.Name).ToArray();

        // A few anchors from each tag, so a broken filter (or a generator that stops emitting models) fails here.
        Assert.Contains("Group", names);
        Assert.Contains("DataFederationLimit", names);
        Assert.Contains("DefaultLimit", names);
        Assert.Contains("PaginatedIntegrationView", names);
        Assert.Contains("Prometheus", names);
        Assert.Contains("GroupActiveUserResponse", names);
        Assert.Contains("Link", names);
        Assert.DoesNotContain("AtlasClientJsonContext", names);
        Assert.DoesNotContain(names, n => n.EndsWith("JsonConverter", StringComparison.Ordinal));
        Assert.True(names.Length >= 40, $"only {names.Length} model types found");
        // PagerDuty.region is its own PagerDutyRegion, not the OpsGenieRegion with the same values (generator/README.md, "Type names").
        Assert.Equal(10, GeneratedTypes.Enums().Count);
    }

    /// <summary>Each (operationId, media type) of the bundled spec with a JSON response body or request body.</summary>
    public static TheoryData<string, string, SampleDirection> SpecBodies()
    {
        var data = new TheoryData<string, string, SampleDirection>();
        foreach (var body in BundledSpec.Bodies())
        {
            data.Add(body.OperationId, body.MediaType, body.Direction);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SpecBodies))]
    public void A_sample_from_the_spec_crosses_the_wire_whole(string operationId, string mediaType, SampleDirection direction)
    {
        var body = BundledSpec.Bodies().Single(b => b.OperationId == operationId && b.MediaType == mediaType && b.Direction == direction);
        // A versioned body belongs to the method of its version; an unversioned request body to the default method.
        var version = ClientOperations.VersionOf(mediaType);
        var operation = s_client.Value.Operations.Where(o => o.OperationId == operationId)
            .FirstOrDefault(o => version is null || o.Version == version)
            ?? throw new Xunit.Sdk.XunitException($"the client has no method for {operationId} {mediaType}");
        var type = direction == SampleDirection.Response
            ? operation.ResultType
            : operation.GeneratedMethod.GetParameters().Single(p => p.Name == "body").ParameterType;
        Assert.NotNull(type);

        var sample = new SpecSampleJson(BundledSpec.Document).For(body.Schema, direction)!.ToJsonString();
        Assert.False(sample is "{}" or "[]", $"the spec's schema for {operationId} {direction} gave an empty sample");
        // A response is written by Atlas (here the server metadata stands in) and read by the client; a request the other way.
        var (reader, writer) = direction == SampleDirection.Response
            ? (s_client.Value.ClientJson, s_client.Value.ServerJson)
            : (s_client.Value.ServerJson, s_client.Value.ClientJson);
        var read = JsonSerializer.Deserialize(sample, ClientOperations.TypeInfo(reader, type!));
        var written = JsonSerializer.SerializeToElement(read, ClientOperations.TypeInfo(writer, type!));

        using var expected = JsonDocument.Parse(sample);
        var undeclared = UndeclaredInMetadata.Find(expected.RootElement, ClientOperations.TypeInfo(reader, type!), reader);
        Assert.True(undeclared.Count == 0, $"{type!.Name} {direction}: the reading metadata doesn't declare {string.Join(", ", undeclared)}");
        var losses = JsonLoss.Find(expected.RootElement, written);
        Assert.True(losses.Count == 0, $"{type!.Name} {direction}: {string.Join(", ", losses)}\n  sample  {sample}\n  written {written.GetRawText()}");
    }

    [Fact]
    public void A_property_the_metadata_does_not_declare_is_reported_even_where_extension_data_would_keep_it()
    {
        var info = GeneratedTypes.Models().Select(t => AtlasClientJsonContext.Default.GetTypeInfo(t)!)
            .First(i => i.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && i.Properties.Any(p => !p.IsExtensionData));
        var declared = info.Properties.First(p => !p.IsExtensionData).Name;
        using var sample = JsonDocument.Parse($$"""{"{{declared}}":null,"notInTheSpec":1}""");

        Assert.Equal(["$.notInTheSpec"], UndeclaredInMetadata.Find(sample.RootElement, info, AtlasClientJsonContext.Default));
    }

    [RealResponsesFact]
    public void Every_recorded_body_of_a_bundled_operation_round_trips()
    {
        var matcher = PathTemplateMatcher.FromSpecs(ExternalData.BundledSpec, System.IO.Path.Combine(ExternalData.SpecsDirectory, ExternalData.NewestFullSpec));
        var bodies = RecordingMatch.All(Recording.LoadAll(ExternalData.RecordingsDirectory), matcher, s_client.Value)
            .Where(m => m.Offered is not null && m.HasSuccessBody)
            .ToList();
        Assert.NotEmpty(bodies);

        var failures = bodies
            .Select(m => (m.Recording, m.Request, m.Operation, Problem: m.Operation is null
                ? "the client offers no method for version " + m.Recording.Version
                : RecordedBodyRoundTrip.Check(m.Recording, m.Operation, s_client.Value).Problem))
            .Where(r => r.Problem is not null)
            .Select(r => $"{r.Request!.OperationId} {r.Recording.Version} {r.Recording.FileName}: {r.Problem}")
            .ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {bodies.Count} recorded bodies don't round-trip:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void A_new_empty_instance_serializes_and_reads_back(string modelName)
    {
        var info = AtlasClientJsonContext.Default.GetTypeInfo(GeneratedTypes.ByName(modelName))!;
        var empty = info.CreateObject?.Invoke() ?? CreateWithoutMetadata(info.Type);

        var json = JsonSerializer.Serialize(empty, info);
        var back = JsonSerializer.Deserialize(json, info);

        Assert.IsType(info.Type, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, info));
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void Every_enum_reads_and_writes_an_unknown_value(string enumName)
    {
        foreach (var context in new JsonSerializerContext[] { AtlasClientJsonContext.Default, AtlasClientServerJsonContext.Default })
        {
            var info = context.GetTypeInfo(GeneratedTypes.ByName(enumName))!;
            var value = JsonSerializer.Deserialize("\"A_VALUE_FROM_THE_FUTURE\"", info);
            Assert.Equal("\"A_VALUE_FROM_THE_FUTURE\"", JsonSerializer.Serialize(value, info));
        }
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Test-only: the polymorphic base has no object metadata to create it with.")]
    private static object CreateWithoutMetadata(Type type) => Activator.CreateInstance(type)!;
}
