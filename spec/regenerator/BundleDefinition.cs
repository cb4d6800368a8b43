using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace AtlasGen.SpecRegenerator;

/// <summary>One operation, by HTTP method (lower case, as OpenAPI keys it) and path.</summary>
public sealed record OperationKey(string Method, string Path)
{
    /// <summary>Reads "GET /api/atlas/v2/groups".</summary>
    public static OperationKey Parse(string text, string sourceName)
    {
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[1].StartsWith('/'))
        {
            throw new SpecRegenerationException($"{sourceName}: '{text}' is not 'METHOD /path'.");
        }

        return new OperationKey(parts[0].ToLowerInvariant(), parts[1]);
    }

    public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
}

/// <summary>An x-atlasgen-type-name to put on the inline schema at a JSON pointer of the bundled spec.</summary>
public sealed record TypeNameAssignment(string Pointer, string Name);

/// <summary>spec/bundle.yaml: which operations the bundled spec keeps, and what it adds to them.</summary>
public sealed record BundleDefinition(
    string Description,
    IReadOnlyList<OperationKey> Operations,
    IReadOnlyList<OperationKey> KeptFromEarlierRevision,
    IReadOnlyList<TypeNameAssignment> TypeNames)
{
    public const string FileName = "bundle.yaml";

    public static BundleDefinition Parse(string text)
    {
        var root = YamlTree.Load(text, FileName);
        return new BundleDefinition(
            root.Text("description") ?? throw new SpecRegenerationException($"{FileName}: 'description' is missing."),
            Keys(root, "operations"),
            Keys(root, "keptFromEarlierRevision"),
            Items(root, "typeNames")
                .Select(m => new TypeNameAssignment(Required(m, "at", "typeNames"), Required(m, "name", "typeNames")))
                .ToList());
    }

    private static List<OperationKey> Keys(YamlMappingNode root, string key) =>
        (root.Child(key) as YamlSequenceNode)?.Children
            .Select(n => OperationKey.Parse((n as YamlScalarNode)?.Value ?? "", FileName))
            .ToList() ?? [];

    internal static IEnumerable<YamlMappingNode> Items(YamlMappingNode root, string key) =>
        (root.Child(key) as YamlSequenceNode)?.Children.Select(n =>
            n as YamlMappingNode ?? throw new SpecRegenerationException($"'{key}' holds a non-mapping item.")) ?? [];

    internal static string Required(YamlMappingNode item, string key, string list) =>
        item.Text(key) ?? throw new SpecRegenerationException($"An item of '{list}' has no '{key}'.");
}

/// <summary>One text of the seed document that replaces the published text at a JSON pointer of the bundled spec.</summary>
/// <param name="Published">The published text it was written against: when Atlas changes it, a person must look again.</param>
public sealed record ProseOverride(string Pointer, string Published, string Seed)
{
    public const string FileName = "seed-prose.yaml";

    public static IReadOnlyList<ProseOverride> ParseAll(string text)
    {
        var root = YamlTree.Load(text, FileName);
        return BundleDefinition.Items(root, "overrides")
            .Select(m => new ProseOverride(
                BundleDefinition.Required(m, "at", FileName),
                BundleDefinition.Required(m, "published", FileName),
                BundleDefinition.Required(m, "seed", FileName)))
            .ToList();
    }
}
