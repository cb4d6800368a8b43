using System.IO;
using System.Linq;
using AtlasGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>The full published specs (309 and 540 operations) generate a client that compiles with nullable on and warnings as errors.</summary>
public sealed class FullSpecCompileTests(ITestOutputHelper output)
{
    [PublishedSpecsFact]
    public void Spec_2023_02_13_compiles_cleanly() => AssertCompiles("atlas-api-2023-02-13.yaml", 309);

    [PublishedSpecsFact]
    public void Spec_2026_08_21_compiles_cleanly() => AssertCompiles("atlas-api-2026-08-21.yaml", 540);

    private void AssertCompiles(string file, int operations)
    {
        var path = Path.Combine(RepositoryPaths.SpecsDirectory, file);
        Assert.True(File.Exists(path), $"{path} is missing");
        var run = GeneratorHarness.Run(File.ReadAllText(path), file);
        foreach (var diagnostic in run.GeneratorDiagnostics.Take(40))
        {
            output.WriteLine(diagnostic.ToString());
        }

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        var problems = run.CompileDiagnostics();
        Assert.True(problems.Count == 0, $"{problems.Count} compile diagnostics:\n" + run.Describe(problems));
        var methods = run.Compilation.SyntaxTrees.Sum(t => t.ToString().Split("[global::AtlasGen.Runtime.AtlasOperation(").Length - 1);
        Assert.Equal(operations, methods);
    }
}
