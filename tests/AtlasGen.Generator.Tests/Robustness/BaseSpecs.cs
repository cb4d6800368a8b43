using Microsoft.OpenApi.Readers;

namespace AtlasGen.Generator.Tests.Robustness;

/// <summary>A spec the mutators start from: its text and the AdditionalFiles path it is passed under.</summary>
internal sealed record BaseSpec(string Name, string Path, string Text)
{
    /// <summary>The bundled spec's output takes seconds to bind, so only a sample of its mutations is compiled.</summary>
    public bool IsLarge => Text.Length > 20_000;
}

/// <summary>
/// The specs to mutate: the bundled Atlas spec, and small ones that pack the constructs the generator finds
/// hardest (unions with and without a discriminator, inheritance, maps, nullable values, integer enums), so a
/// mutation lands on one of them far more often than in the big spec.
/// </summary>
internal static class BaseSpecs
{
    public static IReadOnlyList<BaseSpec> All { get; } = Load();

    private static List<BaseSpec> Load()
    {
        // oneOf with and without a discriminator, anyOf, allOf inheritance, a oneOf of string enums.
        var polymorphism = ReadSmallSpec("polymorphism.yaml");
        // Maps, nullable values, integer and string enums, formats, nested arrays, a tree, every parameter kind.
        var shapes = ReadSmallSpec("shapes.yaml");

        // Small specs first: CsCheck shrinks toward lower indices, so a failure moves to a small spec when it can.
        return new List<BaseSpec>
        {
            new("polymorphism", "polymorphism.yaml", polymorphism),
            new("shapes", "shapes.yaml", shapes),
            // JSON spec files are read too; the same constructs in JSON syntax meet the text mutators differently.
            new("polymorphism-json", "polymorphism.json", ToJson(polymorphism)),
            new("bundled", "atlas-admin-v2.yaml", GeneratorHarness.ReadBundledSpec()),
        };
    }

    /// <summary>A small spec from Robustness/BaseSpecs, copied beside the test assembly.</summary>
    private static string ReadSmallSpec(string fileName)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Robustness", "BaseSpecs", fileName));

    private static string ToJson(string yaml)
    {
        var document = new OpenApiStringReader().Read(yaml, out _);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV3(new Microsoft.OpenApi.Writers.OpenApiJsonWriter(writer));
        return writer.ToString();
    }
}
