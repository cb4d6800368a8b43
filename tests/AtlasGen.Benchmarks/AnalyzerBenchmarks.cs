using System.Collections.Immutable;
using AtlasGen.Analyzers;
using AtlasGen.Analyzers.Tests.Infrastructure;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AtlasGen.Benchmarks;

/// <summary>
/// What the AtlasGen analyzers cost a build: a file of 10,000 client calls (constants good and bad, and
/// non-constants) compiled without analyzers, with a no-op operation analyzer (the driver's own cost of
/// building IOperation trees, which any operation analyzer pays), and with the three AtlasGen analyzers.
/// Each run uses a fresh compilation, since a compilation caches its binding.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private SyntaxTree[] _trees = [];
    private MetadataReference[] _references = [];
    private ImmutableArray<DiagnosticAnalyzer> _atlas;
    private ImmutableArray<DiagnosticAnalyzer> _noOp;

    [Params(10_000)]
    public int Calls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        _trees =
        [
            // The analyzer tests' hand-written stand-in for the generator's output.
            CSharpSyntaxTree.ParseText(GeneratedClient.Source, parse, "Generated/AtlasClient.g.cs"),
            CSharpSyntaxTree.ParseText(CallsSource(Calls), parse, "Calls.cs"),
        ];
        // The running framework's own assemblies: no reference-pack package needed.
        _references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(AtlasGen.Runtime.AtlasPatternAttribute).Assembly.Location))
            .ToArray();
        _atlas = [new MemberConstraintAnalyzer(), new EnumValueAnalyzer(), new DeprecatedOperationAnalyzer()];
        _noOp = [new NoOpOperationAnalyzer()];

        var errors = Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark source does not compile: " + errors[0]);
        }
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => Fresh().GetDiagnostics().Length;

    [Benchmark]
    public int NoOpAnalyzer() => Fresh().WithAnalyzers(_noOp).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int AtlasAnalyzers() => Fresh().WithAnalyzers(_atlas).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private CSharpCompilation Fresh() =>
        CSharpCompilation.Create("bench", _trees, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    /// <summary>Ten calls per method; about half break a rule, as a file of mistakes would.</summary>
    private static string CallsSource(int calls)
    {
        var b = new StringBuilder("using System.Collections.Generic;\nusing AtlasGen.Atlas;\nclass Calls\n{\n    const string Id = \"5e4f1b2c3d4e5f6a7b8c9d0e\";\n");
        for (var m = 0; m < calls / 10; m++)
        {
            b.Append("    void M").Append(m).Append("(ProjectsClient p, string s, int k)\n    {\n");
            b.Append("        p.GetProjectAsync(Id);\n");
            b.Append("        p.GetProjectAsync(\"not-an-id\");\n");
            b.Append("        p.GetProjectAsync(s);\n");
            b.Append("        p.ListProjectsAsync(itemsPerPage: 501, pageNum: k);\n");
            b.Append("        p.ListProjectsAsync(true, 100, 1);\n");
            b.Append("        p.SetProjectLimitAsync(Id, \"atlas.project.deployment.cluster\", 10);\n");
            b.Append("        p.AddProjectUserAsync(Id, \"ORG_OWNER\");\n");
            b.Append("        p.GetProjectByNameAsync(s);\n");
            b.Append("        p.AddProjectUserAsync(s, GroupRole.GroupOwner);\n");
            b.Append("        System.Console.WriteLine(new ApiCreateApiKeyView { Desc = \"\", Roles = [\"ORG_OWNR\"] });\n");
            b.Append("    }\n");
        }

        return b.Append("}\n").ToString();
    }

    // A measuring stick run in-process, never loaded by a compiler: the rules for shipped analyzers don't apply.
#pragma warning disable RS1036, RS1041, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("NOOP", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.Argument, OperationKind.SimpleAssignment,
                OperationKind.Conversion, OperationKind.Invocation, OperationKind.ObjectCreation);
        }
    }
#pragma warning restore RS1036, RS1041, RS2008
}
