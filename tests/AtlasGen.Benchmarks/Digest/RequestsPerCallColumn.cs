using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace AtlasGen.Benchmarks.Digest;

/// <summary>
/// HTTP requests the server received per API call. The benchmark process writes its count when it ends
/// (<see cref="Record"/>); this column, in the host process, reads it back.
/// </summary>
public sealed class RequestsPerCallColumn : IColumn
{
    private static string PathFor(string benchmark) => Path.Combine(Path.GetTempPath(), "atlasgen-benchmarks", benchmark + ".requests-per-call");

    public static void Record(string benchmark, long requests, long calls)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathFor(benchmark))!);
        File.WriteAllText(PathFor(benchmark), ((double)requests / calls).ToString("0.000", CultureInfo.InvariantCulture));
    }

    public string Id => nameof(RequestsPerCallColumn);

    public string ColumnName => "Requests/call";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "HTTP requests the server received per authenticated call, in this run";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var file = PathFor(benchmarkCase.Descriptor.Type.Name + "." + benchmarkCase.Descriptor.WorkloadMethod.Name);
        return File.Exists(file) ? File.ReadAllText(file) : "?";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}
