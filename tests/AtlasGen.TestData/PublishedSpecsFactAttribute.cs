using System;
using Xunit;

namespace AtlasGen.TestData;

/// <summary>
/// A fact that needs the published specs (ATLASGEN_SPECS_DIR, default ../shared/specs). Without them it is
/// skipped with the reason, except under CI=true, where it runs and fails: CI must never skip silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublishedSpecsFactAttribute : FactAttribute
{
    public PublishedSpecsFactAttribute() => Skip = ExternalData.SpecsSkipReason;
}
