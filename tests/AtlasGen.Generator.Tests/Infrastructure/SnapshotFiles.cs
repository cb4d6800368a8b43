namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>
/// Baseline files of generated source under tests/AtlasGen.Generator.Tests/Snapshots. Set ATLASGEN_UPDATE_SNAPSHOTS=1
/// to rewrite them from the current output (then review the diff), as the System.Text.Json tests do.
/// </summary>
internal static class SnapshotFiles
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "AtlasGen.Generator.Tests", "Snapshots");

    public static bool Updating => Environment.GetEnvironmentVariable("ATLASGEN_UPDATE_SNAPSHOTS") == "1";

    public static string PathOf(string hintName) => Path.Combine(Directory, hintName.Replace(".g.cs", ".verified.cs"));
}
