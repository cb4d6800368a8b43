using System.Collections.Concurrent;
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

    private static readonly ConcurrentDictionary<string, Lazy<GeneratorRun>> s_runs = new();
    private static readonly ConcurrentDictionary<string, Lazy<LoadedClient>> s_clients = new();

    /// <summary>
    /// The generator run over <paramref name="file"/> from the specs folder, with the server-direction metadata too
    /// (<c>AtlasGenServerContext=true</c>), so that one compilation per spec serves every test; generated on first use.
    /// </summary>
    public static GeneratorRun Get(string file)
        => s_runs.GetOrAdd(file, key => new Lazy<GeneratorRun>(() => Generate(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// The client of <see cref="Get"/>'s compilation, emitted and loaded once per spec: emitting the newest spec's
    /// assembly takes about as long as generating it.
    /// </summary>
    public static LoadedClient Client(string file)
        => s_clients.GetOrAdd(file, key => new Lazy<LoadedClient>(() => LoadedClient.Load(Get(key)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static GeneratorRun Generate(string file)
    {
        var path = Path.Combine(RepositoryPaths.SpecsDirectory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing", path);
        }

        return GeneratorHarness.Run(File.ReadAllText(path), file, GeneratorHarness.ServerContextOptions);
    }
}
