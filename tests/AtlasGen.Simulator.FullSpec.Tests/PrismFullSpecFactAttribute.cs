using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;
using AtlasGen.TestData.Prism;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>Needs the full newest spec generated and Prism installed: skipped with the reason without them, run (and failing) under CI=true.</summary>
public sealed class PrismFullSpecFactAttribute : FactAttribute
{
    public PrismFullSpecFactAttribute() => Skip = FullSpecBuild.SkipReason ?? PrismProxy.SkipReason;
}
