using System;
using System.IO;
using Xunit;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// A fact that needs the published specs and the recordings of live Atlas (../shared/real-responses). Without them it is
/// skipped with the reason, except under CI=true, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RecordingsFactAttribute : FactAttribute
{
    public RecordingsFactAttribute()
    {
        if (RepositoryPaths.IsCi)
        {
            return;
        }

        if (!Directory.Exists(RepositoryPaths.SpecsDirectory))
        {
            Skip = $"Specs folder '{RepositoryPaths.SpecsDirectory}' not found; set ATLASGEN_SPECS_DIR to run this test (it fails instead under CI=true).";
        }
        else if (!Directory.Exists(Path.Combine(RepositoryPaths.RealResponsesDirectory, "recordings")))
        {
            Skip = $"Recordings folder '{RepositoryPaths.RealResponsesDirectory}/recordings' not found (it fails instead under CI=true).";
        }
    }
}
