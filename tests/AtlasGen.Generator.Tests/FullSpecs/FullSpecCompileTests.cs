using System.Text.RegularExpressions;
using AtlasGen.TestData;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace AtlasGen.Generator.Tests.FullSpecs;

/// <summary>The full published specs (309 and 540 operations) generate a client that compiles with nullable on and warnings as errors.</summary>
public sealed class FullSpecCompileTests(ITestOutputHelper output)
{
    [PublishedSpecsFact]
    public void Spec_2023_02_13_compiles_cleanly() => AssertCompiles(PublishedSpecCompilations.Spec20230213, 309);

    [PublishedSpecsFact]
    public void Spec_2026_08_21_compiles_cleanly() => AssertCompiles(PublishedSpecCompilations.Spec20260821, 540);

    [PublishedSpecsFact]
    public void Spec_2026_08_21_draws_no_warning_its_user_could_not_fix()
    {
        var run = PublishedSpecCompilations.Get(PublishedSpecCompilations.Spec20260821);

        // The OpenAPI rules it breaks (10 discriminators missing from required, one duplicate path signature) are
        // ATLASGEN010 information: TreatWarningsAsErrors needs no NoWarn.
        var warnings = run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, run.Describe(warnings));
        var broken = run.GeneratorDiagnostics.Where(d => d.Id == "ATLASGEN010").Select(d => d.GetMessage()).ToList();
        Assert.Equal(11, broken.Count);
        Assert.Equal(10, broken.Count(m => m.Contains("discriminator", System.StringComparison.OrdinalIgnoreCase)));
    }

    [PublishedSpecsFact]
    public void Spec_2026_08_21_names_each_inline_enum_by_its_owner()
    {
        var run = PublishedSpecCompilations.Get(PublishedSpecCompilations.Spec20260821);

        // PagerDuty.region and OpsGenie.region list the same values; each is its owner's. OpsGenie's shares the enum of
        // OpsGenieNotification.opsGenieRegion, declared first, whose name ends with its own.
        Assert.Equal("PagerDutyRegion", RegionType("PagerDuty"));
        Assert.Equal("OpsGenieNotificationOpsGenieRegion", RegionType("OpsGenie"));

        string RegionType(string owner)
        {
            var region = run.GeneratedType(owner)!.GetMembers("Region").OfType<IPropertySymbol>().Single().Type;
            return (region is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : region).Name;
        }
    }

    private void AssertCompiles(string file, int operations)
    {
        var path = Path.Combine(RepositoryPaths.SpecsDirectory, file);
        Assert.True(File.Exists(path), $"{path} is missing");
        var run = PublishedSpecCompilations.Get(file);
        foreach (var diagnostic in run.GeneratorDiagnostics.Take(40))
        {
            output.WriteLine(diagnostic.ToString());
        }

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        var problems = run.CompileDiagnostics();
        Assert.True(problems.Count == 0, $"{problems.Count} compile diagnostics:\n" + run.Describe(problems));
        // Older media-type versions add methods of their own, so count distinct operationIds.
        var operationIds = run.Compilation.SyntaxTrees
            .SelectMany(t => Regex.Matches(t.ToString(), @"\[global::AtlasGen\.Runtime\.AtlasOperation\(""([^""]+)""").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.Equal(operations, operationIds.Distinct().Count());
        output.WriteLine($"{operationIds.Count} methods for {operations} operations");

        AssertEveryModelHasJsonMetadata(run.Compilation);
    }

    /// <summary>Each generated model, enum and union has its JsonTypeInfo accessor on the context.</summary>
    private static void AssertEveryModelHasJsonMetadata(Compilation compilation)
    {
        var ns = compilation.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "AtlasGen").GetNamespaceMembers().Single(n => n.Name == "Atlas");
        var context = ns.GetTypeMembers("AtlasClientJsonContext").Single();
        var accessors = context.GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToHashSet();
        var infrastructure = new[] { "Client", "JsonContext", "JsonConverter", "ServiceCollectionExtensions", "SimulatorSpec" };
        var models = ns.GetTypeMembers().Where(t => !infrastructure.Any(suffix => t.Name.EndsWith(suffix, System.StringComparison.Ordinal))).ToList();
        Assert.True(models.Count > 300, $"only {models.Count} model types");
        // The parser never gives a type a name whose accessor would be taken, so every accessor is the type's name.
        var missing = models.Where(t => !accessors.Contains(t.Name)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "no JSON metadata for: " + string.Join(", ", missing.Take(20)));
    }
}
