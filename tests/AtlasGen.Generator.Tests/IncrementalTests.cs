using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AtlasGen.Generator.Tests;

/// <summary>The pipeline caches: C# edits re-run nothing, spec edits re-run it, and the model holds no Roslyn objects.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] s_steps = { AtlasClientGenerator.InputStep, AtlasClientGenerator.ParseStep };

    private static GeneratorRun Start() => GeneratorHarness.Run(
        new[] { ("spec/atlas-admin-v2.yaml", GeneratorHarness.ReadBundledSpec(), (IReadOnlyDictionary<string, string>?)null) },
        compilation: GeneratorHarness.CreateCompilation("class A { }", "class B { }"));

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void First_run_is_new()
        => Assert.All(s_steps, step => Assert.All(Reasons(Start().Driver, step), r => Assert.Equal(IncrementalStepRunReason.New, r)));

    [Fact]
    public void Editing_unrelated_csharp_leaves_every_step_cached()
    {
        var run = Start();
        var compilation = run.Compilation;
        var b = compilation.SyntaxTrees.Single(t => t.FilePath == "User1.cs");
        var edited = compilation.ReplaceSyntaxTree(b, CSharpSyntaxTree.ParseText("class B { int X; }", GeneratorHarness.ParseOptions, path: "User1.cs"));
        var driver = run.Driver.RunGenerators(edited);

        foreach (var step in s_steps)
        {
            Assert.All(Reasons(driver, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }

        Assert.All(OutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Comment_only_spec_edit_reparses_but_leaves_the_model_unchanged()
    {
        var driver = Replace(Start(), GeneratorHarness.ReadBundledSpec() + "\n# a comment\n");

        Assert.All(Reasons(driver, AtlasClientGenerator.InputStep), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, AtlasClientGenerator.ParseStep), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Real_spec_edit_reruns_the_parse()
    {
        var run = Start();
        var driver = Replace(run, GeneratorHarness.ReadBundledSpec().Replace("summary: Return One Project\n", "summary: Return a single project\n"));
        Assert.All(Reasons(driver, AtlasClientGenerator.ParseStep), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Contains("Return a single project", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("ProjectsClient.g.cs", StringComparison.Ordinal)).SourceText.ToString());
    }

    [Fact]
    public void Step_outputs_hold_no_roslyn_objects()
    {
        var run = Start();
        var outputs = s_steps.SelectMany(step => run.Result.TrackedSteps[step]).SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(outputs);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var output in outputs)
        {
            Walk(output, "output", visited);
        }

        Assert.True(visited.Count > 500, $"the walk saw only {visited.Count} objects; it is not reaching the model");
    }

    [Fact]
    public void Walker_rejects_a_symbol_so_the_check_can_fail()
    {
        var symbol = GeneratorHarness.CreateCompilation("class A { }").GetTypeByMetadataName("A")!;
        Assert.ThrowsAny<Exception>(() => Walk(new { Holder = symbol }, "probe", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static GeneratorDriver Replace(GeneratorRun run, string newText)
    {
        // The driver identifies additional texts by instance, so start from one this method holds.
        var current = new InMemoryAdditionalText("spec/atlas-admin-v2.yaml", GeneratorHarness.ReadBundledSpec());
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AtlasClientGenerator().AsSourceGenerator() }, new AdditionalText[] { current }, GeneratorHarness.ParseOptions, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(run.Compilation);
        return driver.ReplaceAdditionalText(current, new InMemoryAdditionalText("spec/atlas-admin-v2.yaml", newText)).RunGenerators(run.Compilation);
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or SemanticModel,
            $"{path} holds a {value.GetType().FullName}, which would defeat caching");
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{i++}]", visited);
            }
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Walk(property.GetValue(value), path + "." + property.Name, visited);
        }
    }
}
