using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace AtlasGen.SpecRegenerator;

/// <summary>
/// Cuts the bundle's operations out of a published Atlas spec with every component they reference, adds the operations
/// Atlas has removed from an earlier revision (deprecated), then applies the type names and the seed's prose.
/// </summary>
public static class BundledSpecBuilder
{
    private const string ComponentsPrefix = "#/components/";
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    /// <param name="published">The published spec's text (the newest revision).</param>
    /// <param name="earlierRevision">The earlier revision's text, for the operations in <see cref="BundleDefinition.KeptFromEarlierRevision"/>.</param>
    public static string Build(string published, string earlierRevision, BundleDefinition bundle, IReadOnlyList<ProseOverride> prose)
    {
        var source = YamlTree.Load(published, "published spec");
        var earlier = YamlTree.Load(earlierRevision, "earlier revision");

        var paths = new SortedDictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var key in bundle.Operations)
        {
            AddOperation(paths, source, key, "the published spec; if Atlas removed it, move it to keptFromEarlierRevision");
        }

        foreach (var key in bundle.KeptFromEarlierRevision)
        {
            var operation = AddOperation(paths, earlier, key, "the earlier revision");
            operation.Set("deprecated", YamlTree.Scalar("true"));
        }

        var bundled = new YamlMappingNode();
        bundled.Set("openapi", source.Child("openapi") ?? throw new SpecRegenerationException("The published spec has no 'openapi' version."));
        bundled.Set("info", Info(source, bundle.Description));
        CopyIfPresent(source, bundled, "servers");
        CopyIfPresent(source, bundled, "security");
        bundled.Set("tags", Tags(paths.Values, source, earlier));
        var pathsNode = new YamlMappingNode();
        foreach (var (path, item) in paths)
        {
            pathsNode.Set(path, item);
        }

        bundled.Set("paths", pathsNode);
        bundled.Set("components", Components(bundled, source, earlier));

        foreach (var assignment in bundle.TypeNames)
        {
            NameInlineSchema(bundled, assignment);
        }

        foreach (var text in prose)
        {
            ApplyProse(bundled, text);
        }

        return YamlTree.Write(bundled);
    }

    /// <summary>Copies one operation into its path item, with the path item's own fields (shared parameters) once.</summary>
    private static YamlMappingNode AddOperation(SortedDictionary<string, YamlMappingNode> paths, YamlMappingNode spec, OperationKey key, string where)
    {
        var sourceItem = spec.Mapping("paths")?.Mapping(key.Path);
        if (sourceItem?.Mapping(key.Method) is not { } operation)
        {
            throw new SpecRegenerationException($"{key} is not in {where}.");
        }

        if (!paths.TryGetValue(key.Path, out var item))
        {
            item = new YamlMappingNode();
            foreach (var (name, value) in sourceItem.Entries().Where(e => !HttpMethods.Contains(e.Key)))
            {
                item.Set(name, value);
            }

            paths[key.Path] = item;
        }

        item.Set(key.Method, operation);
        return operation;
    }

    private static YamlMappingNode Info(YamlMappingNode source, string description)
    {
        var info = new YamlMappingNode();
        foreach (var (key, value) in (source.Mapping("info") ?? new YamlMappingNode()).Entries())
        {
            info.Set(key, value);
        }

        // Replaces the published description in place, or adds one.
        info.Set("description", YamlTree.Scalar(description));
        return info;
    }

    private static void CopyIfPresent(YamlMappingNode from, YamlMappingNode to, string key)
    {
        if (from.Child(key) is { } value)
        {
            to.Set(key, value);
        }
    }

    /// <summary>The tags the kept operations use, described as the published spec (else the earlier revision) does.</summary>
    private static YamlSequenceNode Tags(IEnumerable<YamlMappingNode> pathItems, YamlMappingNode source, YamlMappingNode earlier)
    {
        var used = new HashSet<string>(
            pathItems.SelectMany(p => p.Entries()).Where(e => HttpMethods.Contains(e.Key)).Select(e => (YamlMappingNode)e.Value)
                .SelectMany(op => (op.Child("tags") as YamlSequenceNode)?.Children ?? [])
                .Select(t => ((YamlScalarNode)t).Value ?? ""),
            StringComparer.Ordinal);
        IEnumerable<YamlMappingNode> Described(YamlMappingNode spec) =>
            ((spec.Child("tags") as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>();

        var tags = new SortedDictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var tag in Described(earlier).Concat(Described(source)))
        {
            var name = tag.Text("name") ?? "";
            if (used.Contains(name))
            {
                tags[name] = tag;
            }
        }

        var missing = used.Where(n => !tags.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new SpecRegenerationException($"No description for the tag(s) {string.Join(", ", missing)} in either spec.");
        }

        return new YamlSequenceNode(tags.Values);
    }

    /// <summary>
    /// Every component the document references, transitively: any string "#/components/kind/name" (a $ref or a
    /// discriminator mapping) and every security scheme a requirement names. The published spec's component wins; the
    /// earlier revision supplies those only its operations use.
    /// </summary>
    private static YamlMappingNode Components(YamlMappingNode bundled, YamlMappingNode source, YamlMappingNode earlier)
    {
        var kept = new SortedDictionary<string, SortedDictionary<string, YamlNode>>(StringComparer.Ordinal);
        var pending = new Queue<YamlNode>([bundled]);
        while (pending.Count > 0)
        {
            var node = pending.Dequeue();
            foreach (var (kind, name) in References(node))
            {
                if (!kept.TryGetValue(kind, out var ofKind))
                {
                    kept[kind] = ofKind = new SortedDictionary<string, YamlNode>(StringComparer.Ordinal);
                }

                if (ofKind.ContainsKey(name))
                {
                    continue;
                }

                var component = Component(source, kind, name) ?? Component(earlier, kind, name)
                    ?? throw new SpecRegenerationException($"'{ComponentsPrefix}{kind}/{name}' is referenced but defined in neither spec.");
                ofKind[name] = component;
                pending.Enqueue(component);
            }
        }

        var components = new YamlMappingNode();
        foreach (var (kind, ofKind) in kept)
        {
            var mapping = new YamlMappingNode();
            foreach (var (name, component) in ofKind)
            {
                mapping.Set(name, component);
            }

            components.Set(kind, mapping);
        }

        return components;
    }

    private static YamlNode? Component(YamlMappingNode spec, string kind, string name) =>
        spec.Mapping("components")?.Mapping(kind)?.Child(name);

    private static IEnumerable<(string Kind, string Name)> References(YamlNode node)
    {
        foreach (var text in YamlTree.Scalars(node).Where(s => s.StartsWith(ComponentsPrefix, StringComparison.Ordinal)))
        {
            var parts = text[ComponentsPrefix.Length..].Split('/', 2);
            if (parts.Length == 2)
            {
                yield return (parts[0], parts[1].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
            }
        }

        foreach (var scheme in SecuritySchemeNames(node))
        {
            yield return ("securitySchemes", scheme);
        }
    }

    /// <summary>The keys of every requirement in every "security" list: they name security schemes without a $ref.</summary>
    private static IEnumerable<string> SecuritySchemeNames(YamlNode node) =>
        YamlTree.Descendants(node, (key, value) => key != "securitySchemes" && !IsSecurityList(key, value))
            .Where(d => d.Key is { } key && IsSecurityList(key, d.Node))
            .SelectMany(d => ((YamlSequenceNode)d.Node).Children.OfType<YamlMappingNode>())
            .SelectMany(requirement => requirement.Entries().Select(e => e.Key));

    private static bool IsSecurityList(string key, YamlNode value) => key == "security" && value is YamlSequenceNode;

    private static void NameInlineSchema(YamlMappingNode bundled, TypeNameAssignment assignment)
    {
        var (parent, key) = YamlTree.ResolveParent(bundled, assignment.Pointer);
        if (parent.Child(key) is not YamlMappingNode schema || schema.Child("enum") is null)
        {
            throw new SpecRegenerationException($"{BundleDefinition.FileName}: {assignment.Pointer} is not an inline enum schema, so it can't be named {assignment.Name}.");
        }

        schema.Set("x-atlasgen-type-name", YamlTree.Scalar(assignment.Name));
    }

    private static void ApplyProse(YamlMappingNode bundled, ProseOverride text)
    {
        var (parent, key) = YamlTree.ResolveParent(bundled, text.Pointer);
        var current = (parent.Child(key) as YamlScalarNode)?.Value;
        if (current != text.Published)
        {
            throw new SpecRegenerationException(
                $"{ProseOverride.FileName}: the published text at {text.Pointer} changed; check whether the seed's text still documents the same thing, then update or drop the override.\n  expected: {text.Published}\n  found:    {current ?? "(nothing)"}");
        }

        parent.Set(key, YamlTree.Scalar(text.Seed));
    }
}
