using Microsoft.CodeAnalysis;

namespace AtlasGen.Generator.Parsing;

/// <summary>Collects a spec's diagnostics as plain data, with lines found from JSON pointers; one per descriptor and place.</summary>
internal sealed class DiagnosticSink
{
    private readonly string _filePath;
    private readonly YamlLineLocator _locator;
    private readonly List<DiagnosticInfo> _items = new();
    private readonly HashSet<string> _seen = new();

    public DiagnosticSink(string filePath, string text)
    {
        _filePath = filePath;
        _locator = new YamlLineLocator(text);
    }

    public void Report(DiagnosticDescriptor descriptor, string? pointer, params string[] args)
    {
        if (!_seen.Add(descriptor.Id + "|" + pointer + "|" + string.Join("|", args)))
        {
            return;
        }

        var (line, column) = _locator.Locate(pointer);
        _items.Add(new DiagnosticInfo(descriptor.Id, _filePath, line, column, args.ToEquatableArray()));
    }

    /// <summary>Reports at an explicit 0-based position (e.g. a YAML syntax error the reader located).</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, int line, int column, params string[] args)
    {
        _items.Add(new DiagnosticInfo(descriptor.Id, _filePath, line, column, args.ToEquatableArray()));
    }

    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
