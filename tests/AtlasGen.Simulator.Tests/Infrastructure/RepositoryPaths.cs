using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AtlasGen.Simulator.Tests.Infrastructure;

/// <summary>Where the repository, its bundled spec and the shared recordings are; and whether this is CI (CI=true).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(Root, "spec", "atlas-admin-v2.yaml");

    /// <summary>ATLASGEN_RECORDINGS_DIR, else ../shared/real-responses/recordings beside the repository.</summary>
    public static string Recordings =>
        Environment.GetEnvironmentVariable("ATLASGEN_RECORDINGS_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "real-responses", "recordings"));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

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
