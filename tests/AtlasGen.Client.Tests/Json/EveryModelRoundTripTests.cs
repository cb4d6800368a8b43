using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Atlas;
using Xunit;

namespace AtlasGen.Client.Tests.Json;

/// <summary>
/// Each generated JSON context, on its own, reads and writes every model type: a sample with every property set goes in,
/// and every property the context both reads and writes comes back out unchanged.
/// </summary>
public sealed class EveryModelRoundTripTests
{
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
        Assert.Contains("ApiAtlasGroupView", names);
        Assert.Contains("ApiLimitView", names);
        Assert.Contains("ApiAtlasDataFederationQueryLimitView", names);
        Assert.Contains("GroupPaginatedIntegrationView", names);
        Assert.Contains("ApiPrometheusView", names);
        Assert.Contains("Link", names);
        Assert.DoesNotContain("AtlasClientJsonContext", names);
        Assert.DoesNotContain("IntegrationViewForNdsGroupJsonConverter", names);
        Assert.True(names.Length >= 30, $"only {names.Length} model types found");
        Assert.Equal(21, GeneratedTypes.Enums().Count);
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Client_context_round_trips(string modelName) => RoundTrip(AtlasClientJsonContext.Default, GeneratedTypes.ByName(modelName));

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Server_context_round_trips(string modelName) => RoundTrip(AtlasClientServerJsonContext.Default, GeneratedTypes.ByName(modelName));

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
        foreach (JsonSerializerContext context in new JsonSerializerContext[] { AtlasClientJsonContext.Default, AtlasClientServerJsonContext.Default })
        {
            var info = context.GetTypeInfo(GeneratedTypes.ByName(enumName))!;
            var value = JsonSerializer.Deserialize("\"A_VALUE_FROM_THE_FUTURE\"", info);
            Assert.Equal("\"A_VALUE_FROM_THE_FUTURE\"", JsonSerializer.Serialize(value, info));
        }
    }

    private static void RoundTrip(JsonSerializerContext context, Type type)
    {
        var info = context.GetTypeInfo(type);
        Assert.NotNull(info);
        var sample = SampleJson.For(type, context).ToJsonString();

        var read = JsonSerializer.Deserialize(sample, info)!;
        var written = JsonSerializer.Serialize(read, info);
        var rewritten = JsonSerializer.Serialize(JsonSerializer.Deserialize(written, info)!, info);

        Assert.IsAssignableFrom(type, read);
        Assert.Equal(written, rewritten);
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return; // converter-backed (ApiLimitView): its own tests check the fields
        }

        var sampleObject = JsonNode.Parse(sample)!.AsObject();
        var writtenObject = JsonNode.Parse(written)!.AsObject();
        Assert.All(writtenObject, p => Assert.True(sampleObject.ContainsKey(p.Key), $"{type.Name} wrote '{p.Key}', which its metadata does not list"));
        foreach (var property in info.Properties)
        {
            if (property.IsExtensionData)
            {
                // Every model keeps what its schema doesn't declare. The server writes it back; a client request sends
                // declared additionalProperties, and undeclared ones only when the user set them (none here).
                var sendsExtras = context is AtlasClientServerJsonContext || property.ShouldSerialize is null;
                Assert.Equal(sendsExtras, writtenObject.ContainsKey(SampleJson.UndeclaredProperty));
                Assert.True(!sendsExtras || JsonNode.DeepEquals(sampleObject[SampleJson.UndeclaredProperty], writtenObject[SampleJson.UndeclaredProperty]),
                    $"{type.Name}: the undeclared property came back as {writtenObject[SampleJson.UndeclaredProperty]?.ToJsonString()}");
                continue;
            }

            var isRead = property.Set is not null;
            var isWritten = property.ShouldSerialize?.Invoke(read, property.Get!(read)) ?? true;
            Assert.Equal(isWritten, writtenObject.ContainsKey(property.Name));
            if (isRead && isWritten)
            {
                // A client request leaves out, at every level, the undeclared properties it only read.
                var expected = context is AtlasClientServerJsonContext ? sampleObject[property.Name] : WithoutUndeclared(sampleObject[property.Name]);
                Assert.True(JsonNode.DeepEquals(expected, writtenObject[property.Name]),
                    $"{type.Name}.{property.Name}: sent {sampleObject[property.Name]?.ToJsonString()}, got back {writtenObject[property.Name]?.ToJsonString()}");
            }
        }
    }

    private static JsonNode? WithoutUndeclared(JsonNode? node)
    {
        var copy = node?.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? current)
        {
            if (current is JsonObject obj)
            {
                obj.Remove(SampleJson.UndeclaredProperty);
                foreach (var child in obj)
                {
                    Strip(child.Value);
                }
            }
            else if (current is JsonArray array)
            {
                foreach (var item in array)
                {
                    Strip(item);
                }
            }
        }
    }

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "Test-only: the polymorphic base has no object metadata to create it with.")]
    private static object CreateWithoutMetadata(Type type) => Activator.CreateInstance(type)!;
}
