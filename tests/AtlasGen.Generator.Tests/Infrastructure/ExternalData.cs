using System;
using System.IO;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// The one rule for tests that need data kept outside the repository (the published specs, the real Atlas recordings):
/// without it a test is skipped with the reason, except under CI=true (any case), where it runs and fails, because CI
/// must never go green on skips.
/// </summary>
internal static class ExternalData
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason when <paramref name="directory"/> is missing outside CI; null when the test must run.</summary>
    public static string? SkipReason(string what, string directory, string variable)
        => Directory.Exists(directory) || IsCi
            ? null
            : $"{what} folder '{directory}' not found; set {variable} to run this test (it fails instead under CI=true).";

    /// <summary>The folder named by <paramref name="variable"/>, else <paramref name="defaultPath"/>.</summary>
    public static string Locate(string variable, string defaultPath)
        => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } dir ? dir : Path.GetFullPath(defaultPath);
}
