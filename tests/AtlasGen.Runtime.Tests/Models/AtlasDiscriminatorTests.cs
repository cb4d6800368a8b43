using System.Text;
using System.Text.Json;
using AtlasGen.Runtime;

namespace AtlasGen.Runtime.Tests.Models;

/// <summary>The generated union converters find the discriminator on a copy of the reader, among the top-level properties only.</summary>
public sealed class AtlasDiscriminatorTests
{
    private static string? Find(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var found = AtlasDiscriminator.Find(reader, "type");
        // The caller's reader has not moved: the chosen type reads the object from its start.
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        Assert.Equal(1, reader.BytesConsumed);
        return found;
    }

    [Fact]
    public void The_discriminator_is_found_after_other_properties_and_nested_values()
        => Assert.Equal("SLACK", Find("""{"id":"a","nested":{"type":"INNER","list":[1,{"type":"X"}]},"type":"SLACK","more":true}"""));

    [Fact]
    public void A_property_of_the_same_name_inside_a_nested_object_is_not_the_discriminator()
        => Assert.Null(Find("""{"id":"a","nested":{"type":"INNER"}}"""));

    [Fact]
    public void A_non_string_discriminator_gives_no_value()
        => Assert.Null(Find("""{"type":3}"""));

    [Fact]
    public void A_value_that_is_not_an_object_gives_no_value()
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""["type","SLACK"]"""));
        reader.Read();
        Assert.Null(AtlasDiscriminator.Find(reader, "type"));
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
    }
}
