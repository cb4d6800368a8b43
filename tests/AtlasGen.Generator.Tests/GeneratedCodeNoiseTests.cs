using System.Text.RegularExpressions;
using AtlasGen.Tests.Shared;

namespace AtlasGen.Generator.Tests;

/// <summary>Generated code a user reads carries no noise: no empty validation, no repeated docs, no needless casts.</summary>
public sealed class GeneratedCodeNoiseTests
{
    private static readonly GeneratorRun s_run = GeneratorHarness.Run(GeneratorHarness.ReadBundledSpec(), "spec/atlas-admin-v2.yaml");

    private static string All => string.Join("\n", s_run.Sources.Select(s => s.SourceText.ToString()));

    [Fact]
    public void No_validation_method_is_empty_or_only_calls_its_base()
    {
        // A base class with nothing to check keeps an empty virtual method for its subtypes; nothing else is empty.
        Assert.DoesNotMatch(new Regex(@"(private|override) void __ValidateProperties\(string path\)\s*\{\s*\}"), All);
        Assert.DoesNotMatch(new Regex(@"__ValidateProperties\(string path\)\s*\{\s*base\.__ValidateProperties\(path\);\s*\}"), All);
    }

    [Fact]
    public void Token_overloads_inherit_the_docs_of_the_full_method()
    {
        // A token overload is the one whose CancellationToken has no default; its only doc line is the inheritdoc.
        var lines = All.Split('\n');
        var overloads = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("public ", System.StringComparison.Ordinal) && lines[i].EndsWith("global::System.Threading.CancellationToken cancellationToken)", System.StringComparison.Ordinal))
            {
                overloads++;
                var docs = lines.Take(i).Reverse().SkipWhile(l => l.TrimStart().StartsWith("[", System.StringComparison.Ordinal)).TakeWhile(l => l.TrimStart().StartsWith("///", System.StringComparison.Ordinal)).ToList();
                var name = Regex.Match(lines[i], @" (\w+)\(").Groups[1].Value;
                Assert.True(docs.Count == 1 && docs[0].Trim().StartsWith($"/// <inheritdoc cref=\"{name}(", System.StringComparison.Ordinal), $"{name}: {string.Join(" | ", docs)}");
            }
        }

        Assert.True(overloads > 20, $"only {overloads} token overloads found");
    }

    [Fact]
    public void Query_values_need_no_casts_and_attributes_are_spaced()
    {
        Assert.DoesNotMatch(new Regex(@"\((long|bool|double)\?\)\w"), All);
        Assert.DoesNotContain(")][global::", All);
        Assert.DoesNotMatch(new Regex(@"\)\](string|int|long|bool|double)\b"), All);
    }

    private static readonly string UnionSpec = TestSpec.Spec(
        [
            TestSpec.Get("/integrations", "getIntegration", "Integrations", """
                oneOf:
                - $ref: '#/components/schemas/ApiDatadogView'
                - $ref: '#/components/schemas/ApiSlackView'
                """),
        ],
        """
        ApiDatadogView: {type: object, required: [type], properties: {type: {type: string, enum: [DATADOG]}, apiKey: {type: string}}}
        ApiSlackView: {type: object, required: [type], properties: {type: {type: string, enum: [SLACK]}, channelName: {type: string}}}
        """);

    [Fact]
    public void Union_docs_need_no_article()
    {
        // The bundled spec has no union (and so no Unions file): a spec with one.
        var unions = GeneratorHarness.Run(UnionSpec).Source(".Unions.g.cs");
        Assert.Contains("/// <summary>Wraps the given <see cref=\"global::AtlasGen.Atlas.ApiDatadogView\"/>.</summary>", unions);
        Assert.DoesNotContain("Wraps a ", unions);
    }

    private static readonly string NoUnionOrEnumSpec = TestSpec.Spec(
        [
            TestSpec.Get("/widgets", "getWidget", "Widgets", """
                type: object
                properties:
                  name: {type: string}
                """),
        ]);

    [Fact]
    public void A_spec_without_unions_or_enums_gets_no_empty_file_for_them()
    {
        var run = GeneratorHarness.Run(NoUnionOrEnumSpec);
        run.AssertCompiles();

        var hintNames = run.Sources.Select(s => s.HintName).ToList();
        Assert.Contains(hintNames, h => h.EndsWith(".Models.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(hintNames, h => h.EndsWith(".Unions.g.cs", System.StringComparison.Ordinal));
        Assert.DoesNotContain(hintNames, h => h.EndsWith(".Enums.g.cs", System.StringComparison.Ordinal));
    }
}
