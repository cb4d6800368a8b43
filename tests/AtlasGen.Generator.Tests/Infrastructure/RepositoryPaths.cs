using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>Where the repository and the published specs are (the shared <see cref="ExternalData"/> decides). The specs stay outside the repository.</summary>
internal static class RepositoryPaths
{
    public static string Root => ExternalData.RepositoryRoot;

    public static string BundledSpec => ExternalData.BundledSpec;

    public static string SpecsDirectory => ExternalData.SpecsDirectory;
}
