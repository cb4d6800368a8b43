using System;
using AtlasGen.Runtime;
using Xunit;

namespace AtlasGen.Runtime.Tests.Validation;

/// <summary>The Regex-free check of a pattern of one repeated character class (the generator decides when it applies).</summary>
public sealed class CharacterSetPatternTests
{
    private static readonly AtlasCharacterSet s_objectId = new("af09");

    [Theory]
    [InlineData("0123456789abcdef01234567", true)]
    [InlineData("0123456789abcdef01234567\n", true)] // Regex's $ also matches before one final newline.
    [InlineData("0123456789abcdef01234567\n\n", false)]
    [InlineData("0123456789ABCDEF01234567", false)]
    [InlineData("0123456789abcdef0123456", false)]
    [InlineData("0123456789abcdef012345678", false)]
    public void An_object_id_is_24_lowercase_hexadecimal_digits(string value, bool matches)
        => Assert.Equal(matches, s_objectId.Matches(value, 24, 24));

    [Fact]
    public void Letters_and_numbers_are_the_Unicode_categories()
    {
        var name = new AtlasCharacterSet("--", letters: true, numbers: true);
        Assert.True(name.Matches("Projet-élan-名前-١٢٣", 1, 64));
        Assert.False(name.Matches("two words", 1, 64));
        Assert.False(name.Matches("", 1, 64));
    }

    [Fact]
    public void A_value_that_does_not_match_is_an_ArgumentException_naming_the_parameter_and_the_pattern()
    {
        var error = Assert.Throws<ArgumentException>(() => AtlasArgument.Pattern("xyz", "^([a-f0-9]{24})$", s_objectId, 24, 24, "groupId"));
        Assert.Equal("groupId", error.ParamName);
        Assert.Contains("^([a-f0-9]{24})$", error.Message, StringComparison.Ordinal);
        AtlasArgument.Pattern(null, "^([a-f0-9]{24})$", s_objectId, 24, 24, "groupId");
    }
}
