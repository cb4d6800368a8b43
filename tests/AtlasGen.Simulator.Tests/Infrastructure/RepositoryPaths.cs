using System.Reflection;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>Where the repository and its bundled spec are. The recordings' place is <c>AtlasGen.TestData.ExternalData</c>'s.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(Root, "spec", "atlas-admin-v2.yaml");
}
