using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using AtlasGen.Generator.Tests.Infrastructure;
using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>
/// Generates each published spec once per test run and shares the compilation between the test classes that need it:
/// the newest spec takes about 20 s to generate and bind on a small machine.
/// </summary>
internal static class PublishedSpecCompilations
{
    public const string Spec20230213 = "atlas-api-2023-02-13.yaml";
    public const string Spec20260821 = ExternalData.NewestFullSpec;

    private static readonly ConcurrentDictionary<(string File, bool ServerContext), Lazy<GeneratorRun>> s_runs = new();

    /// <summary>The generator run over <paramref name="file"/> from the specs folder; generated on first use.</summary>
    /// <param name="file">The spec's file name in the specs folder.</param>
    /// <param name="serverContext">Also emit the server-direction JSON metadata (<c>AtlasGenServerContext=true</c>).</param>
    public static GeneratorRun Get(string file, bool serverContext = false)
        => s_runs.GetOrAdd((file, serverContext), key => new Lazy<GeneratorRun>(() => Generate(key.File, key.ServerContext), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static GeneratorRun Generate(string file, bool serverContext)
    {
        var path = Path.Combine(RepositoryPaths.SpecsDirectory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing", path);
        }

        return GeneratorHarness.Run(File.ReadAllText(path), file, serverContext ? GeneratorHarness.ServerContextOptions : null);
    }
}
