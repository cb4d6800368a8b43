using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>Where the repository and the published specs are. The specs stay outside the repository.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(Root, "spec", "atlas-admin-v2.yaml");

    /// <summary>ATLASGEN_SPECS_DIR, else ../shared/specs beside the repository.</summary>
    public static string SpecsDirectory =>
        Environment.GetEnvironmentVariable("ATLASGEN_SPECS_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "specs"));
}
