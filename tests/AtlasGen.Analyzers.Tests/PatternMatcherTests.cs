using AtlasGen.Analyzers.Checks;

namespace AtlasGen.Analyzers.Tests;

public class PatternMatcherTests
{
    [Theory]
    [InlineData("^([a-f0-9]{24})$", "5e4f1b2c3d4e5f6a7b8c9d0e", true)]
    [InlineData("^([a-f0-9]{24})$", "5E4F1B2C3D4E5F6A7B8C9D0E", false)]
    [InlineData(@"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$", "Projet été", false)] // space is not allowed
    [InlineData(@"^[\p{L}\p{N}\-_.(),:&@+']{1,64}$", "Projet-été", true)]
    [InlineData("(?<!-)$", "no-trailing-hyphen", true)] // lookbehind, no anchors at the start
    public void EvaluatesWithDotNetRegex(string pattern, string input, bool expected) =>
        Assert.Equal(expected, PatternMatcher.IsMatch(pattern, input));

    [Theory]
    [InlineData("^([0-9]{1,3}")]
    [InlineData("[z-a]")]
    [InlineData(@"\")]
    public void PatternThatDoesNotCompile_GivesNoAnswer(string pattern) => Assert.Null(PatternMatcher.IsMatch(pattern, "x"));
}
