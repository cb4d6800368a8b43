using System.IO;

namespace AtlasGen.SpecRegenerator;

/// <summary>Where the regeneration's inputs and output live, so that the command line and the tests read the same files.</summary>
public static class BundledSpecFiles
{
    public const string BundledSpecFileName = "atlas-admin-v2.yaml";
    public const string DefaultEarlierRevisionFileName = "atlas-seed-subset-2023-02-13.yaml";

    /// <summary>The bundled spec's text, regenerated from the published spec and the data files in <paramref name="specDirectory"/>.</summary>
    public static string Regenerate(string specDirectory, string publishedPath, string earlierRevisionPath) =>
        BundledSpecBuilder.Build(
            File.ReadAllText(publishedPath),
            File.ReadAllText(earlierRevisionPath),
            BundleDefinition.Parse(File.ReadAllText(Path.Combine(specDirectory, BundleDefinition.FileName))),
            ProseOverride.ParseAll(File.ReadAllText(Path.Combine(specDirectory, ProseOverride.FileName))));

    /// <summary>The nearest spec/ folder at or above <paramref name="start"/> that holds bundle.yaml.</summary>
    public static string? FindSpecDirectory(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "spec");
            if (File.Exists(Path.Combine(candidate, BundleDefinition.FileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}
