using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AtlasGen.SpecRegenerator;

/// <summary>Reading, navigating and writing YAML node trees, keeping each scalar's quoting as the source had it.</summary>
internal static class YamlTree
{
    public static YamlMappingNode Load(string text, string sourceName)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new SpecRegenerationException($"{sourceName}: expected one YAML document whose root is a mapping.");
        }

        return root;
    }

    /// <summary>Block style, two-space indent, no line folding, so that one text is one line and diffs stay small.</summary>
    public static string Write(YamlMappingNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var settings = new EmitterSettings(
            bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false, newLine: "\n");
        new YamlStream(new YamlDocument(root)).Save(new Emitter(writer, settings), assignAnchors: false);
        var text = writer.ToString();
        // The emitter closes the document with "...", which says nothing to a reader of a single-document file.
        const string documentEnd = "...\n";
        return text.EndsWith(documentEnd, StringComparison.Ordinal) ? text[..^documentEnd.Length] : text;
    }

    public static YamlNode? Child(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode? Mapping(this YamlMappingNode mapping, string key) => mapping.Child(key) as YamlMappingNode;

    public static string? Text(this YamlMappingNode mapping, string key) => (mapping.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlMappingNode mapping) =>
        mapping.Children.Select(e => (((YamlScalarNode)e.Key).Value ?? "", e.Value));

    public static void Set(this YamlMappingNode mapping, string key, YamlNode value) =>
        mapping.Children[new YamlScalarNode(key)] = value;

    /// <summary>A scalar written plain when the text allows it, and as a literal block when it has several lines.</summary>
    public static YamlScalarNode Scalar(string value) =>
        new(value) { Style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : ScalarStyle.Any };

    /// <summary>Every scalar string in the tree (mapping values, not keys), depth first.</summary>
    public static IEnumerable<string> Scalars(YamlNode node) =>
        Descendants(node).Select(d => d.Node).OfType<YamlScalarNode>().Where(s => s.Value is not null).Select(s => s.Value!);

    /// <summary>
    /// The node and every node below it, depth first, each with the key it stands under in its mapping (null for the
    /// root and for sequence items). A mapping entry that <paramref name="enter"/> refuses is listed but not entered.
    /// </summary>
    public static IEnumerable<(string? Key, YamlNode Node)> Descendants(YamlNode node, Func<string, YamlNode, bool>? enter = null)
    {
        var pending = new Stack<(string? Key, YamlNode Node, bool Enter)>();
        pending.Push((null, node, true));
        while (pending.Count > 0)
        {
            var (key, current, entered) = pending.Pop();
            yield return (key, current);
            if (!entered)
            {
                continue;
            }

            IEnumerable<(string? Key, YamlNode Node, bool Enter)> children = current switch
            {
                YamlMappingNode mapping => mapping.Entries().Select(e => ((string?)e.Key, e.Value, enter?.Invoke(e.Key, e.Value) ?? true)),
                YamlSequenceNode sequence => sequence.Children.Select(c => ((string?)null, c, true)),
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>
    /// The mapping that holds the node at a JSON pointer (RFC 6901: "/" separates tokens, "~1" is "/", "~0" is "~"),
    /// and the key of that node in it.
    /// </summary>
    public static (YamlMappingNode Parent, string Key) ResolveParent(YamlMappingNode root, string pointer)
    {
        if (!pointer.StartsWith('/'))
        {
            throw new SpecRegenerationException($"'{pointer}' is not a JSON pointer: it must start with '/'.");
        }

        var tokens = pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        YamlNode current = root;
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            current = current switch
            {
                YamlMappingNode mapping => mapping.Child(tokens[i]),
                YamlSequenceNode sequence when int.TryParse(tokens[i], out var index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
                _ => null,
            } ?? throw new SpecRegenerationException($"{pointer}: nothing at '{tokens[i]}'.");
        }

        if (current is not YamlMappingNode parent)
        {
            throw new SpecRegenerationException($"{pointer}: the parent of '{tokens[^1]}' is not a mapping.");
        }

        return (parent, tokens[^1]);
    }
}
