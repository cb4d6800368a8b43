using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>One checked operation of a behaviour driver: which construct it exercised, and what went wrong if anything.</summary>
internal sealed record BehaviourRow(string OperationId, string Construct, bool Passed, string Detail)
{
    public override string ToString() => $"{(Passed ? "pass" : "FAIL")} {OperationId} [{Construct}] {Detail}";
}

/// <summary>
/// Runs a driver (C# kept as embedded resources, not compiled into this assembly) against a full-spec client, which
/// exists only in an in-memory compilation: the driver is added next to the generated code, emitted, loaded into a
/// collectible context and its <c>AtlasGen.Behaviour.Driver.RunAsync()</c> is awaited.
/// </summary>
internal static class BehaviourDriverHost
{
    private const string KitResource = "FullSpecs.Drivers.DriverKit.cs.txt";

    public static async Task<IReadOnlyList<BehaviourRow>> RunAsync(GeneratorRun run, string driverResource)
    {
        var trees = new[] { KitResource, driverResource }
            .Select(name => CSharpSyntaxTree.ParseText(ReadResource(name), GeneratorHarness.ParseOptions, path: name));
        var compilation = run.Compilation.AddSyntaxTrees(trees);

        // Only the driver's own warnings: the generated code's are FullSpecCompileTests' business.
        using var loaded = LoadedAssembly.Load(compilation, "behaviour-" + driverResource, d => d.Severity >= DiagnosticSeverity.Warning);
        var entry = loaded.Assembly.GetType("AtlasGen.Behaviour.Driver", throwOnError: true)!
            .GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Static)!;
        var rows = await ((Task<List<(string OperationId, string Construct, bool Passed, string Detail)>>)entry.Invoke(null, null)!).ConfigureAwait(false);
        return rows.Select(r => new BehaviourRow(r.OperationId, r.Construct, r.Passed, r.Detail)).ToList();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(BehaviourDriverHost).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
