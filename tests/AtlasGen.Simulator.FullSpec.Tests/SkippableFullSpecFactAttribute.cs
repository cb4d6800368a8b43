using AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

namespace AtlasGen.Simulator.FullSpec.Tests;

/// <summary>A fact that needs the full newest spec generated: skipped with the reason without it, run (and failing) under CI=true.</summary>
public sealed class SkippableFullSpecFactAttribute : FactAttribute
{
    public SkippableFullSpecFactAttribute()
    {
        if (FullSpecBuild.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
