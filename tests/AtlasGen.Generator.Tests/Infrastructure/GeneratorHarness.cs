using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AtlasGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator in-process over spec texts, and compiles what it emits against the runtime.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The global options that add the server-direction JSON metadata (<c>AtlasGenServerContext=true</c>).</summary>
    public static readonly IReadOnlyDictionary<string, string> ServerContextOptions = new Dictionary<string, string> { ["AtlasGenServerContext"] = "true" };

    private static readonly ImmutableArray<MetadataReference> s_references = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(AtlasGen.Runtime.AtlasConnection).Assembly.Location))
        // The runtime's own dependencies (DI, options, IHttpClientFactory), as a consumer gets them from the package.
        .Concat(Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.Extensions.*.dll").Select(f => MetadataReference.CreateFromFile(f)))
        .ToImmutableArray();

    public static GeneratorRun Run(string specText, string specPath = "atlas.yaml", IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, string>? fileOptions = null)
        => Run(new[] { (specPath, specText, fileOptions) }, globalOptions);

    public static GeneratorRun Run(IEnumerable<(string Path, string Text, IReadOnlyDictionary<string, string>? FileOptions)> specs, IReadOnlyDictionary<string, string>? globalOptions = null, CSharpCompilation? compilation = null)
    {
        var specList = specs.ToList();
        var texts = specList.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var options = new TestOptionsProvider(globalOptions, specList.ToDictionary(s => s.Path, s => s.FileOptions));
        compilation ??= CreateCompilation("class UserCode { }");
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new AtlasClientGenerator().AsSourceGenerator() }, texts, ParseOptions, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, (CSharpCompilation)output, generatorDiagnostics);
    }

    /// <summary>Runs the generator over one spec and fails unless it reports nothing and its output compiles without warnings.</summary>
    public static GeneratorRun RunClean(string specText)
    {
        var run = Run(specText);
        run.AssertCleanRun();
        return run;
    }

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "Generated",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"User{i}.cs")),
            s_references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // The framework's own reference assemblies trip these; they are not about generated code.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static string ReadBundledSpec() => File.ReadAllText(RepositoryPaths.BundledSpec);
}

/// <summary>The result of one generator run: the driver (for incremental checks), the compilation with the output, and diagnostics.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>A generated type in the default namespace (<c>AtlasGen.Atlas</c>), or null when there is none of that name.</summary>
    public INamedTypeSymbol? GeneratedType(string name) => Compilation.GetTypeByMetadataName("AtlasGen.Atlas." + name);

    public string Source(string hintNameSuffix) => Sources.Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Errors and warnings from compiling user code plus the generated code (generator diagnostics excluded).</summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics()
        => Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics.Take(30).Select(d => d.ToString()));

    /// <summary>Fails, naming the first diagnostics, unless user code plus the generated code compiles without warnings.</summary>
    public void AssertCompiles()
    {
        var problems = CompileDiagnostics();
        Assert.True(problems.Count == 0, Describe(problems));
    }

    /// <summary>Fails unless the generator reported nothing and its output compiles without warnings.</summary>
    public void AssertCleanRun()
    {
        Assert.Empty(GeneratorDiagnostics);
        AssertCompiles();
    }
}

internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild-like options: build_property.* globally, build_metadata.AdditionalFiles.* per file.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly DictionaryOptions _global;
    private readonly Dictionary<string, DictionaryOptions> _files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>?> files)
    {
        _global = new DictionaryOptions((global ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value));
        _files = files.ToDictionary(f => f.Key, f => new DictionaryOptions((f.Value ?? new Dictionary<string, string>()).ToDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value)));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
