using System;
using System.IO;
using System.Linq;
using System.Reflection;
using AtlasGen.Tests.Shared;

namespace AtlasGen.TestData;

/// <summary>
/// Where the repository and the data kept outside it are (the published specs, the real Atlas recordings), and why a
/// test that needs that data is skipped (<see cref="ExternalRequirement"/>: never under CI=true).
/// </summary>
public static class ExternalData
{
    public const string SpecsVariable = "ATLASGEN_SPECS_DIR";
    public const string RealResponsesVariable = "ATLASGEN_REAL_RESPONSES_DIR";

    /// <summary>The newest full published spec, in the specs folder.</summary>
    public const string NewestFullSpec = "atlas-api-2026-08-21.yaml";

    public static string RepositoryRoot { get; } = typeof(ExternalData).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string BundledSpec => Path.Combine(RepositoryRoot, "spec", "atlas-admin-v2.yaml");

    /// <summary>ATLASGEN_SPECS_DIR, else ../shared/specs beside the repository.</summary>
    public static string SpecsDirectory => Locate(SpecsVariable, Path.Combine(RepositoryRoot, "..", "shared", "specs"));

    /// <summary>ATLASGEN_REAL_RESPONSES_DIR, else ../shared/real-responses beside the repository (its recordings/ holds the files).</summary>
    public static string RealResponsesDirectory => Locate(RealResponsesVariable, Path.Combine(RepositoryRoot, "..", "shared", "real-responses"));

    public static string RecordingsDirectory => Path.Combine(RealResponsesDirectory, "recordings");

    /// <summary>The skip reason when the specs are missing outside CI; null when the test must run.</summary>
    public static string? SpecsSkipReason => ExternalRequirement.SkipReason(
        Directory.Exists(SpecsDirectory), $"Specs folder '{SpecsDirectory}' not found; set {SpecsVariable} to run this test");

    /// <summary>The skip reason when the recordings are missing outside CI; null when the test must run.</summary>
    public static string? RecordingsSkipReason => ExternalRequirement.SkipReason(
        Directory.Exists(RecordingsDirectory), $"Recordings folder '{RecordingsDirectory}' not found; set {RealResponsesVariable} to run this test");

    private static string Locate(string variable, string defaultPath)
        => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } dir ? dir : Path.GetFullPath(defaultPath);
}
