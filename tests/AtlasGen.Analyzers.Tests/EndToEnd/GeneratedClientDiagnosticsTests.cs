using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using AtlasGen.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AtlasGen.Analyzers.Tests.EndToEnd;

/// <summary>
/// The real pipeline: the generator emits the client for the bundled spec, a file of deliberately bad calls is
/// compiled against it, and the analyzers must report exactly the diagnostics the file's "// expect:" comments
/// name, on those lines, and nothing else.
/// </summary>
public sealed class GeneratedClientDiagnosticsTests
{
    // A user's own spec beside the bundled one, with a deprecated, sunset operation in its own namespace.
    private static readonly string LegacySpec = TestSpec.Spec(
        [
            TestSpec.Operation("get", "/legacy/thing", "getOldThing", "Legacy",
                TestSpec.Ok(TestSpec.Content("{type: object, properties: {name: {type: string}}}", "application/vnd.atlas.2023-01-01+json", sunset: "2027-07-01")),
                "deprecated: true"),
        ]);

    [Fact]
    public async Task Bad_calls_get_exactly_the_expected_diagnostics()
    {
        var badCalls = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "BadCalls.cs"));
        var compilation = await CompileWithGeneratedClientAsync(badCalls);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EnumValueAnalyzer(), new MemberConstraintAnalyzer(), new DeprecatedOperationAnalyzer());
        var reported = (await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync())
            .Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, File: d.Location.SourceTree?.FilePath))
            .ToList();

        Assert.All(reported, d => Assert.Equal("BadCalls.cs", d.File));
        var expected = Expected(badCalls);
        Assert.True(expected.Count >= 15, "the expectations were not read");
        Assert.Equal(expected.OrderBy(e => e.Line).ThenBy(e => e.Id), reported.Select(r => (r.Id, r.Line)).OrderBy(e => e.Line).ThenBy(e => e.Id));
    }

    private static List<(string Id, int Line)> Expected(string source)
        => source.Split('\n')
            .Select((text, index) => (Match: Regex.Match(text, @"// expect: (ATLAS\d{3}( ATLAS\d{3})*)\s*$"), Line: index + 1))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups[1].Value.Trim().Split(' ').Select(id => (id, x.Line)))
            .ToList();

    private static async Task<Compilation> CompileWithGeneratedClientAsync(string badCalls)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create("EndToEnd",
            new[] { CSharpSyntaxTree.ParseText(badCalls, parse, path: "BadCalls.cs") },
            TestReferences.Framework.Append(TestReferences.Runtime)
                .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(f => MetadataReference.CreateFromFile(f))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var specs = new AdditionalText[]
        {
            new Spec("atlas-admin-v2.yaml", File.ReadAllText(Path.Combine(RepositoryRoot, "spec", "atlas-admin-v2.yaml"))),
            new Spec("legacy.yaml", LegacySpec),
        };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new AtlasGen.Generator.AtlasClientGenerator().AsSourceGenerator() }, specs, parse,
            new LegacyNamespaceOptions());
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return await Task.FromResult(output);
    }

    private static string RepositoryRoot => typeof(GeneratedClientDiagnosticsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private sealed class Spec(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>Puts the user's spec in its own namespace and client, as AdditionalFiles metadata would.</summary>
    private sealed class LegacyNamespaceOptions : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => Options.None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => textFile.Path == "legacy.yaml" ? Options.Legacy : Options.None;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options None = new(new Dictionary<string, string>());

            public static readonly Options Legacy = new(new Dictionary<string, string>
            {
                ["build_metadata.AdditionalFiles.AtlasGenNamespace"] = "Legacy.Api",
                ["build_metadata.AdditionalFiles.AtlasGenClientName"] = "LegacyAtlasClient",
            });

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
