using System.Reflection;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>Where the repository, its bundled spec and Prism are. The recordings' place is <c>AtlasGen.TestData.ExternalData</c>'s.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(Root, "spec", "atlas-admin-v2.yaml");

    /// <summary>Prism: on PATH, else installed by .ci/run under .ci/prism, else in a node_modules at the root; null when absent.</summary>
    public static string? Prism()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "prism"))
            .Append(Path.Combine(Root, ".ci", "prism", "node_modules", ".bin", "prism"))
            .Append(Path.Combine(Root, "node_modules", ".bin", "prism"));
        return candidates.FirstOrDefault(File.Exists);
    }
}
