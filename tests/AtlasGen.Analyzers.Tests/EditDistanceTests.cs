using AtlasGen.Analyzers.Naming;

namespace AtlasGen.Analyzers.Tests;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ORG_OWNR", "ORG_OWNER", 1)]
    [InlineData("org_owner", "ORG_OWNER", 0)] // case-insensitive
    public void Levenshtein(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));
        Assert.Equal(expected, EditDistance.Levenshtein(b, a));
    }

    [Fact]
    public void Nearest_BreaksTiesOrdinally_WhateverTheOrder()
    {
        Assert.Equal("10", EditDistance.Nearest("30", ["40", "20", "10"]));
        Assert.Equal("10", EditDistance.Nearest("30", ["10", "20", "40"]));
    }

    [Fact]
    public void Nearest_OfNothing_IsNull() => Assert.Null(EditDistance.Nearest("x", []));
}
