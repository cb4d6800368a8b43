using AtlasGen.Tests.Shared;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>Whether this build generated the full newest spec (ATLASGEN_SPECS_DIR held it at build time), and the skip reason when not.</summary>
internal static class FullSpecBuild
{
#if ATLASGEN_FULL_SPEC
    public const bool Generated = true;
#else
    public const bool Generated = false;
#endif

    public static string? SkipReason => ExternalRequirement.SkipReason(Generated, "The newest published spec (atlas-api-2026-08-21.yaml in ATLASGEN_SPECS_DIR, default ../shared/specs) was absent when this project was built");

#if ATLASGEN_FULL_SPEC
    public static AtlasGen.Simulator.Spec.SimulatorSpec Spec => AtlasGen.Atlas.AtlasClientSimulatorSpec.Instance;

    /// <summary>The spec file this build generated from, for tools that read it themselves (Prism).</summary>
    public static string SpecPath => System.IO.Path.Combine(AtlasGen.TestData.ExternalData.SpecsDirectory, AtlasGen.TestData.ExternalData.NewestFullSpec);
#endif
}
