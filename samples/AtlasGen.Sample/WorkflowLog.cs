using System.Collections.Generic;
using System.IO;

namespace AtlasGen.Sample;

/// <summary>The steps a workflow took, printed as they happen and counted per tag for the summary.</summary>
internal sealed class WorkflowLog
{
    private readonly TextWriter _out;
    private readonly SortedDictionary<string, int> _callsPerTag = new(System.StringComparer.Ordinal);

    public WorkflowLog(TextWriter output) => _out = output;

    public int Steps { get; private set; }

    public IReadOnlyDictionary<string, int> CallsPerTag => _callsPerTag;

    public void Step(string tag, string what)
    {
        Steps++;
        _callsPerTag[tag] = _callsPerTag.GetValueOrDefault(tag) + 1;
        _out.WriteLine($"  [{tag}] {what}");
    }
}
