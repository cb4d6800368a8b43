using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AtlasGen.Runtime;
using Xunit;

namespace AtlasGen.Runtime.Tests.Json;

/// <summary>A generated context resolves a type by <see cref="Type"/> only once something has reached it.</summary>
public sealed class ReachedJsonTypesTests
{
    private static JsonTypeInfo<string> CreateString(JsonSerializerOptions options)
        => JsonMetadataServices.CreateValueInfo<string>(options, JsonMetadataServices.StringConverter);

    [Fact]
    public void A_type_resolves_once_reached_and_not_before()
    {
        var reached = new AtlasReachedJsonTypes();
        var options = new JsonSerializerOptions();
        Assert.Null(reached.Create(typeof(string), options));

        reached.Add(typeof(string), CreateString);
        var info = reached.Create(typeof(string), options);
        Assert.NotNull(info);
        Assert.Equal(typeof(string), info.Type);
        Assert.Same(options, info.Options);
    }

    [Fact]
    public void Resolve_reaches_the_type_and_answers_from_the_options_cache()
    {
        var reached = new AtlasReachedJsonTypes();
        // Read-only, as a context's options are: only then does STJ cache metadata per type.
        var options = new JsonSerializerOptions { TypeInfoResolver = new Resolver(reached) };
        options.MakeReadOnly();

        var first = reached.Resolve<string>(options, CreateString);
        var second = reached.Resolve<string>(options, CreateString);
        Assert.Same(first, second);
        Assert.Equal("\"x\"", JsonSerializer.Serialize("x", first));
    }

    private sealed class Resolver(AtlasReachedJsonTypes reached) : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) => reached.Create(type, options);
    }
}
