using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// A fact that needs the published specs (ATLASGEN_SPECS_DIR, default ../shared/specs). Without them it is
/// skipped with the reason, except under CI=true, where it runs and fails: CI must never skip silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PublishedSpecsFactAttribute : FactAttribute
{
    public PublishedSpecsFactAttribute()
    {
        Skip = ExternalRequirement.SkipReason(
            Directory.Exists(RepositoryPaths.SpecsDirectory),
            $"Specs folder '{RepositoryPaths.SpecsDirectory}' not found; set ATLASGEN_SPECS_DIR to run this test");
    }
}
