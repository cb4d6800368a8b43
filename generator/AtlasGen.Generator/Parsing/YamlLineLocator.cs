using System.IO;
using SharpYaml.Serialization;

namespace AtlasGen.Generator.Parsing;

/// <summary>
/// Finds the line of a JSON pointer (e.g. <c>#/paths/~1groups/get</c>) in a YAML or JSON spec, so that a
/// diagnostic points at the spec's own line. The YAML tree is built only when a diagnostic needs it.
/// </summary>
internal sealed class YamlLineLocator
{
    private readonly string _text;
    private YamlNode? _root;
    private bool _loaded;

    public YamlLineLocator(string text) => _text = text;

    /// <summary>The 0-based line and column of the deepest node the pointer reaches, or (0, 0).</summary>
    public (int Line, int Column) Locate(string? pointer)
    {
        var node = Root;
        if (node is null || string.IsNullOrEmpty(pointer))
        {
            return (0, 0);
        }

        foreach (var rawSegment in pointer!.TrimStart('#').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var segment = rawSegment.Replace("~1", "/").Replace("~0", "~");
            YamlNode? next = null;
            if (node is YamlMappingNode mapping)
            {
                foreach (var entry in mapping.Children)
                {
                    if (entry.Key is YamlScalarNode key && key.Value == segment)
                    {
                        next = entry.Value;
                        break;
                    }
                }
            }
            else if (node is YamlSequenceNode sequence && int.TryParse(segment, out var index) && index >= 0 && index < sequence.Children.Count)
            {
                next = sequence.Children[index];
            }

            if (next is null)
            {
                break;
            }

            node = next;
        }

        return (Math.Max(0, node.Start.Line), Math.Max(0, node.Start.Column));
    }

    private YamlNode? Root
    {
        get
        {
            if (!_loaded)
            {
                _loaded = true;
                try
                {
                    var stream = new YamlStream();
                    stream.Load(new StringReader(_text));
                    _root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
                }
                catch (Exception)
                {
                    // A spec too broken for YAML gets diagnostics without a line, never a crash.
                    _root = null;
                }
            }

            return _root;
        }
    }
}
