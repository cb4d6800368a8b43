using AtlasGen.Simulator.Http;

namespace AtlasGen.Simulator.Tests.Rules;

/// <summary>The refusals every rule answers as Atlas does: status, error code and the words of its message.</summary>
internal static class RuleAssert
{
    /// <summary>Creates <paramref name="json"/> twice; the second is refused as <paramref name="expected"/> says.</summary>
    public static SimulatorApiException RefusesDuplicate(RuleDriver sim, string json, (int Status, string ErrorCode) expected, string message)
    {
        sim.Create(json);
        var duplicate = Assert.Throws<SimulatorApiException>(() => sim.Create(json));
        Assert.Equal(expected, (duplicate.Status, duplicate.ErrorCode));
        Assert.Equal(message, duplicate.Message);
        return duplicate;
    }

    /// <summary>What the rule answers for the item <paramref name="key"/>, which is not there.</summary>
    public static SimulatorApiException NotFound(RuleDriver sim, string key, (int Status, string ErrorCode) expected, string message)
    {
        var missing = sim.Rule.NotFound(key, sim.Path(key))!;
        Assert.Equal(expected, (missing.Status, missing.ErrorCode));
        Assert.Equal(message, missing.Message);
        return missing;
    }
}
