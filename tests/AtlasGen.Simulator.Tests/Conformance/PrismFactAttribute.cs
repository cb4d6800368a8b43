using AtlasGen.Tests.Shared;

namespace AtlasGen.Simulator.Tests.Conformance;

/// <summary>Runs where Prism is installed (.ci/run installs it); skipped with the reason elsewhere, except under CI=true, where it must run.</summary>
public sealed class PrismFactAttribute : FactAttribute
{
    public PrismFactAttribute()
    {
        Skip = ExternalRequirement.SkipReason(
            RepositoryPaths.Prism() is not null,
            "Prism (@stoplight/prism-cli 5.16.0) is not installed: .ci/run installs it under .ci/prism");
    }
}
