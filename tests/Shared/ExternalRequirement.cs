using System;

namespace AtlasGen.Tests.Shared;

/// <summary>
/// The one CI guard for tests that need something from outside the repository (the published specs, the
/// recordings, Apache httpd, curl). Missing, such a test is skipped with the reason; under <c>CI=true</c>
/// (any case) it runs and fails instead, so CI never goes green on skips. Linked into each test project.
/// </summary>
internal static class ExternalRequirement
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for a fact whose requirement is missing, or null when the fact must run.</summary>
    public static string? SkipReason(bool isAvailable, string whatIsMissing)
        => isAvailable || IsCi ? null : whatIsMissing + " (the test runs, and fails, when CI=true).";
}
