using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Simulator.Models;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// The generated server-direction metadata, with Atlas's timestamp format: the context resolves every type, except
/// that timestamps (and their nullable form) use <see cref="AtlasTimestampConverter"/>.
/// </summary>
internal static class SimulatorJson
{
    public static AtlasClientServerJsonContext Context { get; } = Create();

    private static AtlasClientServerJsonContext Create()
    {
        var options = new JsonSerializerOptions();
        var context = new AtlasClientServerJsonContext(options);
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(new TimestampResolver(), context);
        return context;
    }

    private sealed class TimestampResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type == typeof(DateTimeOffset))
            {
                return JsonMetadataServices.CreateValueInfo<DateTimeOffset>(options, new AtlasTimestampConverter());
            }

            return type == typeof(DateTimeOffset?)
                ? JsonMetadataServices.CreateValueInfo<DateTimeOffset?>(options, JsonMetadataServices.GetNullableConverter<DateTimeOffset>(options))
                : null;
        }
    }
}
