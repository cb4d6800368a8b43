using System.Text.RegularExpressions;

namespace AtlasGen.Generator.Tests;

/// <summary>The README's example compiles against the client generated from the bundled spec, so the docs can't drift.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_readme_example_compiles_against_the_generated_client()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var example = Regex.Match(readme, @"## A taste\s+```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(example.Success, "README.md has no '## A taste' C# example");

        // "using AtlasGen.Atlas;" is a directive; "using var atlas = ...;" is a statement of the body.
        var lines = example.Groups["code"].Value.Split('\n');
        static bool IsDirective(string line) => Regex.IsMatch(line, @"^using [A-Za-z_.]+;\s*$");
        var usings = string.Join("\n", lines.Where(IsDirective));
        var body = string.Join("\n", lines.Where(l => !IsDirective(l)));
        var program = $$"""
            {{usings}}
            using System;
            using System.Threading;

            public static class ReadmeExample
            {
                public static async System.Threading.Tasks.Task Run(string pub, string priv, string orgId, string missingId, CancellationToken ct)
                {
            {{body}}
                }
            }
            """;

        var run = GeneratorHarness.Run(
            new[] { ("spec/atlas-admin-v2.yaml", GeneratorHarness.ReadBundledSpec(), (System.Collections.Generic.IReadOnlyDictionary<string, string>?)null) },
            compilation: GeneratorHarness.CreateCompilation(program));
        run.AssertCompiles();
    }
}
