using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using AtlasGen.Generator.Tests.Infrastructure;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>
/// Generates each published spec once per test run and shares the compilation between the test classes that need it:
/// the newest spec takes about 20 s to generate and bind on a small machine.
/// </summary>
internal static class PublishedSpecCompilations
{
    public const string Spec20230213 = "atlas-api-2023-02-13.yaml";
    public const string Spec20260821 = "atlas-api-2026-08-21.yaml";

    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> s_runs = new();

    /// <summary>The generator run over <paramref name="file"/> from the specs folder; generated on first use.</summary>
    public static GeneratorRun Get(string file)
        => s_runs.GetOrAdd(file, f => new Lazy<GeneratorRun>(() => Generate(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static GeneratorRun Generate(string file)
    {
        var path = Path.Combine(RepositoryPaths.SpecsDirectory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing", path);
        }

        return GeneratorHarness.Run(File.ReadAllText(path), file);
    }
}
