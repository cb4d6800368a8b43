using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AtlasGen.Runtime;

/// <summary>
/// The types a generated JSON context has reached, with the method that creates each one's metadata. A context
/// answers a lookup by <see cref="Type"/> from here: a type is added when an accessor, a lookup by type or the metadata
/// of a type that refers to it first needs it. A NativeAOT app therefore keeps the metadata of the types its calls
/// reach, not of every type of the spec (see <see cref="AtlasJsonFeatures.ResolvesEveryType"/>).
/// </summary>
public sealed class AtlasReachedJsonTypes
{
    private readonly ConcurrentDictionary<Type, Func<JsonSerializerOptions, JsonTypeInfo>> _factories = new();

    /// <summary>Records that <paramref name="type"/> is reached and how its metadata is created (the first record wins).</summary>
    public void Add(Type type, Func<JsonSerializerOptions, JsonTypeInfo> factory) => _factories.TryAdd(type, factory);

    /// <summary>New metadata for a reached <paramref name="type"/> over <paramref name="options"/>; null for a type not reached yet.</summary>
    public JsonTypeInfo? Create(Type type, JsonSerializerOptions options)
        => _factories.TryGetValue(type, out var factory) ? factory(options) : null;

    /// <summary>Reaches <typeparamref name="T"/>, then returns its metadata from <paramref name="options"/> (created once per options).</summary>
    public JsonTypeInfo<T> Resolve<T>(JsonSerializerOptions options, Func<JsonSerializerOptions, JsonTypeInfo> factory)
    {
        ArgumentNullException.ThrowIfNull(options);
        Add(typeof(T), factory);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
