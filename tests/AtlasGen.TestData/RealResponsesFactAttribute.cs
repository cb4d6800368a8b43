using System;
using Xunit;

namespace AtlasGen.TestData;

/// <summary>
/// A fact that needs the real Atlas recordings (ATLASGEN_REAL_RESPONSES_DIR, default ../shared/real-responses) and the
/// published specs. Without them it is skipped with the reason, except under CI=true, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RealResponsesFactAttribute : FactAttribute
{
    public RealResponsesFactAttribute() => Skip = ExternalData.RecordingsSkipReason ?? ExternalData.SpecsSkipReason;
}
