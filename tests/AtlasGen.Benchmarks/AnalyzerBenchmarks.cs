using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using AtlasGen.Analyzers;
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
            CSharpSyntaxTree.ParseText(GeneratedStandIn, parse, "Generated/AtlasClient.g.cs"),
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

    // The shape of the generator's output, as the analyzer tests' stand-in has it (trimmed to what the calls use).
    private const string GeneratedStandIn = """
        // <auto-generated/>
        #nullable enable
        namespace AtlasGen.Atlas
        {
            [global::AtlasGen.Runtime.AtlasAllowedValues("ORG_OWNER", "ORG_MEMBER", "ORG_READ_ONLY")]
            public readonly partial struct OrgRole : global::System.IEquatable<OrgRole>, global::AtlasGen.Runtime.IAtlasEnum<OrgRole>
            {
                public OrgRole(string value) => Value = value;
                public string Value { get; }
                public static OrgRole OrgOwner { get; } = new("ORG_OWNER");
                public static OrgRole OrgMember { get; } = new("ORG_MEMBER");
                public static OrgRole OrgReadOnly { get; } = new("ORG_READ_ONLY");
                public static OrgRole FromValue(string value) => new(value);
                public static OrgRole Parse(string value) => new(value);
                public static implicit operator OrgRole(string value) => new(value);
                public bool Equals(OrgRole other) => Value == other.Value;
            }

            [global::AtlasGen.Runtime.AtlasAllowedValues("GROUP_OWNER", "GROUP_READ_ONLY")]
            public readonly partial struct GroupRole : global::System.IEquatable<GroupRole>, global::AtlasGen.Runtime.IAtlasEnum<GroupRole>
            {
                public GroupRole(string value) => Value = value;
                public string Value { get; }
                public static GroupRole GroupOwner { get; } = new("GROUP_OWNER");
                public static GroupRole GroupReadOnly { get; } = new("GROUP_READ_ONLY");
                public static GroupRole FromValue(string value) => new(value);
                public static GroupRole Parse(string value) => new(value);
                public static implicit operator GroupRole(string value) => new(value);
                public bool Equals(GroupRole other) => Value == other.Value;
            }

            [global::AtlasGen.Runtime.AtlasAllowedValues("atlas.project.deployment.clusters", "atlas.project.security.databaseAccess.users")]
            public readonly partial struct ProjectLimitName : global::System.IEquatable<ProjectLimitName>, global::AtlasGen.Runtime.IAtlasEnum<ProjectLimitName>
            {
                public ProjectLimitName(string value) => Value = value;
                public string Value { get; }
                public static ProjectLimitName AtlasProjectDeploymentClusters { get; } = new("atlas.project.deployment.clusters");
                public static ProjectLimitName AtlasProjectSecurityDatabaseAccessUsers { get; } = new("atlas.project.security.databaseAccess.users");
                public static ProjectLimitName FromValue(string value) => new(value);
                public static ProjectLimitName Parse(string value) => new(value);
                public static implicit operator ProjectLimitName(string value) => new(value);
                public bool Equals(ProjectLimitName other) => Value == other.Value;
            }

            public sealed partial class ApiCreateApiKeyView
            {
                [global::AtlasGen.Runtime.AtlasLength(MinLength = 1, MaxLength = 250)]
                public string Desc { get; set; } = "";
                public global::System.Collections.Generic.List<OrgRole> Roles { get; set; } = new();
            }

            public sealed partial class ProjectsClient
            {
                [global::AtlasGen.Runtime.AtlasOperation("getProject", "GET", "/api/atlas/v2/groups/{groupId}")]
                public global::System.Threading.Tasks.Task GetProjectAsync(
                    [global::AtlasGen.Runtime.AtlasPattern("^([a-f0-9]{24})$")][global::AtlasGen.Runtime.AtlasLength(MinLength = 24, MaxLength = 24)] string groupId,
                    global::System.Threading.CancellationToken cancellationToken = default) => global::System.Threading.Tasks.Task.CompletedTask;

                [global::AtlasGen.Runtime.AtlasOperation("listProjects", "GET", "/api/atlas/v2/groups")]
                public global::System.Threading.Tasks.Task ListProjectsAsync(bool includeCount = true,
                    [global::AtlasGen.Runtime.AtlasRange(Minimum = 1, Maximum = 500)] int itemsPerPage = 100,
                    [global::AtlasGen.Runtime.AtlasRange(Minimum = 1)] int pageNum = 1,
                    global::System.Threading.CancellationToken cancellationToken = default) => global::System.Threading.Tasks.Task.CompletedTask;

                [global::AtlasGen.Runtime.AtlasOperation("getProjectByName", "GET", "/api/atlas/v2/groups/byName/{groupName}", Deprecated = true, Sunset = "2026-03-01")]
                public global::System.Threading.Tasks.Task GetProjectByNameAsync(string groupName,
                    global::System.Threading.CancellationToken cancellationToken = default) => global::System.Threading.Tasks.Task.CompletedTask;

                [global::AtlasGen.Runtime.AtlasOperation("setProjectLimit", "PATCH", "/api/atlas/v2/groups/{groupId}/limits/{limitName}")]
                public global::System.Threading.Tasks.Task SetProjectLimitAsync(
                    [global::AtlasGen.Runtime.AtlasPattern("^([a-f0-9]{24})$")] string groupId, ProjectLimitName limitName,
                    [global::AtlasGen.Runtime.AtlasRange(Minimum = 1, Maximum = 10000)] long value,
                    global::System.Threading.CancellationToken cancellationToken = default) => global::System.Threading.Tasks.Task.CompletedTask;

                [global::AtlasGen.Runtime.AtlasOperation("addProjectUser", "POST", "/api/atlas/v2/groups/{groupId}/users")]
                public global::System.Threading.Tasks.Task AddProjectUserAsync(
                    [global::AtlasGen.Runtime.AtlasPattern("^([a-f0-9]{24})$")] string groupId, GroupRole role,
                    global::System.Threading.CancellationToken cancellationToken = default) => global::System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;
}
