using AtlasGen.Runtime;

namespace AtlasGen.Runtime.Tests.Validation;

/// <summary>Pattern checks are bounded: a match that backtracks past the timeout gives no verdict and rejects nothing.</summary>
public sealed class PatternTimeoutTests
{
    // Nested quantifiers backtrack exponentially on a run of 'a's that ends in a mismatch.
    private const string Catastrophic = "^(a+)+$";

    [Fact]
    public async Task A_match_that_times_out_lets_the_value_through_instead_of_hanging()
    {
        var value = new string('a', 64) + "!";
        // Without a timeout this match would outlive the test run; with it, the call returns without throwing.
        var check = Task.Run(() => AtlasArgument.Pattern(value, Catastrophic, "name"));
        var finished = await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == check, "the pattern check did not give up");
        await check;
    }

    [Fact]
    public void The_same_pattern_still_rejects_a_value_it_can_decide()
    {
        var error = Assert.Throws<ArgumentException>(() => AtlasArgument.Pattern("b", Catastrophic, "name"));
        Assert.Equal("name", error.ParamName);
        Assert.Contains(Catastrophic, error.Message);
        AtlasArgument.Pattern("aaaa", Catastrophic, "name");
    }
}
