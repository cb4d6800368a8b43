using System.IO;
using System.Linq;
using System.Reflection;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>Where the repository, the published specs and the real Atlas recordings are. The data stays outside the repository.</summary>
internal static class RepositoryPaths
{
    public const string SpecsVariable = "ATLASGEN_SPECS_DIR";
    public const string RealResponsesVariable = "ATLASGEN_REAL_RESPONSES_DIR";

    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(Root, "spec", "atlas-admin-v2.yaml");

    /// <summary>ATLASGEN_SPECS_DIR, else ../shared/specs beside the repository.</summary>
    public static string SpecsDirectory => ExternalData.Locate(SpecsVariable, Path.Combine(Root, "..", "shared", "specs"));

    /// <summary>ATLASGEN_REAL_RESPONSES_DIR, else ../shared/real-responses beside the repository (its recordings/ holds the files).</summary>
    public static string RealResponsesDirectory => ExternalData.Locate(RealResponsesVariable, Path.Combine(Root, "..", "shared", "real-responses"));

    public static string RecordingsDirectory => Path.Combine(RealResponsesDirectory, "recordings");
}
