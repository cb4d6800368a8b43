using AtlasGen.TestData.Prism;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>Runs where Prism is installed (.ci/run installs it); skipped with the reason elsewhere, except under CI=true, where it must run.</summary>
public sealed class PrismFactAttribute : FactAttribute
{
    public PrismFactAttribute() => Skip = PrismProxy.SkipReason;
}
