using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// The generated server-direction metadata, with Atlas's timestamp format: the context resolves every type, except
/// that timestamps (and their nullable form) use <see cref="AtlasTimestampConverter"/>. Handlers name a type by the
/// context's accessor; bodies are read and written with that type's metadata from these options.
/// </summary>
internal static class SimulatorJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(new TimestampResolver(), AtlasClientServerJsonContext.Default),
    };

    /// <summary>The metadata of <typeparamref name="T"/> with Atlas timestamps.</summary>
    public static JsonTypeInfo<T> For<T>(JsonTypeInfo<T> generated)
    {
        _ = generated;
        return (JsonTypeInfo<T>)s_options.GetTypeInfo(typeof(T));
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
