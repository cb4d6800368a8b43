using System.Reflection;

namespace AtlasGen.Benchmarks.Generator;

/// <summary>The specs the generator benchmarks read: the bundled one, and the full published ones beside the repository.</summary>
internal static class SpecFiles
{
    private static string Root => typeof(SpecFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static string Read(string name)
    {
        var path = name == "bundled"
            ? Path.Combine(Root, "spec", "atlas-admin-v2.yaml")
            : Path.Combine(Environment.GetEnvironmentVariable("ATLASGEN_SPECS_DIR") is { Length: > 0 } dir ? dir : Path.Combine(Root, "..", "shared", "specs"), $"atlas-api-{name}.yaml");
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"Spec '{name}' not found; set ATLASGEN_SPECS_DIR.", path);
    }
}
