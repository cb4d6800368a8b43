using BenchmarkDotNet.Running;

namespace AtlasGen.Benchmarks;

/// <summary>Runs the benchmarks picked on the command line, e.g. <c>-- --filter '*Digest*'</c>.</summary>
public static class Program
{
    /// <returns>1 when a benchmark failed to build, set up or run, so that CI's dry pass fails with it.</returns>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var failed = summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success));
        return failed ? 1 : 0;
    }
}
