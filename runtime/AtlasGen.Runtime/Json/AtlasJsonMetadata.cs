using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AtlasGen.Runtime;

/// <summary>
/// Creates the JSON metadata of generated models. The generated context makes one call per type and per property
/// instead of emitting an object initializer for each: ILLink's trim analyzer runs its dataflow analysis over every
/// object initializer, and that was most of the compile time of a large spec under <c>PublishAot</c> (docs/benchmarks.md).
/// Each helper sets the creating context as the metadata's originating resolver, so the generated code never does.
/// </summary>
public static class AtlasJsonMetadata
{
    private static readonly Func<object, object?, bool> s_whenSet = static (_, value) => value is not null;

    /// <summary>The metadata of the object type <typeparamref name="T"/>, its properties created when first needed.</summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="resolver">The context creating it (its <see cref="JsonTypeInfo.OriginatingResolver"/>).</param>
    /// <param name="creator">Creates an empty instance.</param>
    /// <param name="properties">Creates the metadata of its properties over <paramref name="options"/>.</param>
    public static JsonTypeInfo<T> Object<T>(
        JsonSerializerOptions options, IJsonTypeInfoResolver resolver, Func<T> creator, Func<JsonSerializerOptions, JsonPropertyInfo[]> properties)
        where T : notnull
    {
        var info = JsonMetadataServices.CreateObjectInfo(options, new JsonObjectInfoValues<T>
        {
            ObjectCreator = creator,
            PropertyMetadataInitializer = _ => properties(options),
        });
        info.OriginatingResolver = resolver;
        return info;
    }

    /// <summary>The metadata of <typeparamref name="T"/>, which <paramref name="converter"/> reads and writes whole (a primitive, an enum, a union).</summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="resolver">The context creating it (its <see cref="JsonTypeInfo.OriginatingResolver"/>).</param>
    /// <param name="converter">The converter of the value.</param>
    public static JsonTypeInfo<T> Value<T>(JsonSerializerOptions options, IJsonTypeInfoResolver resolver, JsonConverter converter)
    {
        var info = JsonMetadataServices.CreateValueInfo<T>(options, converter);
        info.OriginatingResolver = resolver;
        return info;
    }

    /// <summary>The metadata of a list of <typeparamref name="TElement"/>.</summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="resolver">The context creating it (its <see cref="JsonTypeInfo.OriginatingResolver"/>).</param>
    public static JsonTypeInfo<List<TElement>> ListOf<TElement>(JsonSerializerOptions options, IJsonTypeInfoResolver resolver)
    {
        var info = JsonMetadataServices.CreateListInfo<List<TElement>, TElement>(options, new JsonCollectionInfoValues<List<TElement>>
        {
            ObjectCreator = static () => new List<TElement>(),
        });
        info.OriginatingResolver = resolver;
        return info;
    }

    /// <summary>The metadata of a dictionary of <typeparamref name="TValue"/> by string key (a schema's additionalProperties).</summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="resolver">The context creating it (its <see cref="JsonTypeInfo.OriginatingResolver"/>).</param>
    public static JsonTypeInfo<Dictionary<string, TValue>> DictionaryOf<TValue>(JsonSerializerOptions options, IJsonTypeInfoResolver resolver)
    {
        var info = JsonMetadataServices.CreateDictionaryInfo<Dictionary<string, TValue>, string, TValue>(options, new JsonCollectionInfoValues<Dictionary<string, TValue>>
        {
            ObjectCreator = static () => new Dictionary<string, TValue>(),
        });
        info.OriginatingResolver = resolver;
        return info;
    }

    /// <summary>The metadata of the property <paramref name="name"/> of <typeparamref name="TDeclaring"/>.</summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="jsonName">The JSON property name.</param>
    /// <param name="getter">Reads the property from an instance of <typeparamref name="TDeclaring"/>.</param>
    /// <param name="setter">Writes the property; null when the reader must skip it (JSON that carries it is then ignored).</param>
    /// <param name="flags">How the property is written and whether it is required.</param>
    public static JsonPropertyInfo Property<TDeclaring, TValue>(
        JsonSerializerOptions options, string name, string jsonName, Func<object, TValue?> getter, Action<object, TValue?>? setter, AtlasJsonPropertyFlags flags)
    {
        // A property never written is ignored when writing, not given a ShouldSerialize callback that returns false:
        // STJ would read it and box a value type on every write just to ask.
        var ignoreCondition = (flags & AtlasJsonPropertyFlags.NeverWritten) != 0 ? JsonIgnoreCondition.WhenWriting
            : (flags & AtlasJsonPropertyFlags.OmittedWhenNull) != 0 ? JsonIgnoreCondition.WhenWritingNull
            : (JsonIgnoreCondition?)null;
        var info = CreateProperty<TDeclaring, TValue>(options, name, jsonName, getter, setter, isExtensionData: false, ignoreCondition);
        if ((flags & AtlasJsonPropertyFlags.WrittenWhenSet) != 0)
        {
            info.ShouldSerialize = s_whenSet;
        }

        if ((flags & AtlasJsonPropertyFlags.Required) != 0)
        {
            info.IsRequired = true;
        }

        return info;
    }

    /// <summary>
    /// The metadata of the extension data property <paramref name="name"/> of <typeparamref name="TDeclaring"/>: the
    /// JSON properties no other property declares.
    /// </summary>
    /// <param name="options">The options the metadata is created for.</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="getter">Reads the bag from an instance of <typeparamref name="TDeclaring"/>.</param>
    /// <param name="setter">Stores the bag read.</param>
    /// <param name="shouldSerialize">Whether an instance writes its bag; null to always write it.</param>
    public static JsonPropertyInfo ExtensionData<TDeclaring>(
        JsonSerializerOptions options, string name, Func<object, Dictionary<string, JsonElement>?> getter, Action<object, Dictionary<string, JsonElement>?> setter,
        Func<object, object?, bool>? shouldSerialize)
    {
        var info = CreateProperty<TDeclaring, Dictionary<string, JsonElement>?>(options, name, name, getter, setter, isExtensionData: true, ignoreCondition: null);
        info.ShouldSerialize = shouldSerialize;
        return info;
    }

    /// <summary>What the metadata of every generated property shares: a public C# property of <typeparamref name="TDeclaring"/>.</summary>
    private static JsonPropertyInfo CreateProperty<TDeclaring, TValue>(
        JsonSerializerOptions options, string name, string jsonName, Func<object, TValue?> getter, Action<object, TValue?>? setter,
        bool isExtensionData, JsonIgnoreCondition? ignoreCondition)
        => JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<TValue>
        {
            IsProperty = true,
            IsPublic = true,
            IsExtensionData = isExtensionData,
            DeclaringType = typeof(TDeclaring),
            PropertyName = name,
            JsonPropertyName = jsonName,
            Getter = getter,
            Setter = setter,
            IgnoreCondition = ignoreCondition,
        });
}
