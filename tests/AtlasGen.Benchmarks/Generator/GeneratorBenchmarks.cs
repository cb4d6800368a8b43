using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Microsoft.OpenApi.Readers;

namespace AtlasGen.Benchmarks.Generator;

/// <summary>
/// Generator time and allocations per spec: a cold run (new driver), a warm run (the IDE case: an unrelated C# edit
/// with the driver's cache), and the OpenAPI reader alone as the baseline, i.e. the floor any generator on it pays.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions s_parse = new(LanguageVersion.Latest);
    private string _text = "";
    private AdditionalText _spec = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;
    private bool _flip;

    [Params("bundled", "2023-02-13", "2026-08-21")]
    public string Spec { get; set; } = "bundled";

    [GlobalSetup]
    public void Setup()
    {
        _text = SpecFiles.Read(Spec);
        _spec = new TextFile("atlas.yaml", _text);
        _compilation = CSharpCompilation.Create("bench", new[] { CSharpSyntaxTree.ParseText("class A { }", s_parse, path: "A.cs") });
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class A { int X; }", s_parse, path: "A.cs"));
        _warm = CreateDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true, Description = "OpenAPI reader only")]
    public int ParseOnly() => new OpenApiStringReader().Read(_text, out _).Paths.Count;

    [Benchmark(Description = "Generator, cold")]
    public int GenerateCold() => CreateDriver().RunGenerators(_compilation).GetRunResult().Results.Single().GeneratedSources.Length;

    [Benchmark(Description = "Generator, warm (unrelated C# edit)")]
    public int GenerateWarm()
    {
        _flip = !_flip;
        _warm = _warm.RunGenerators(_flip ? _edited : _compilation);
        return _warm.GetRunResult().Results.Single().GeneratedSources.Length;
    }

    private GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(new[] { new AtlasGen.Generator.AtlasClientGenerator().AsSourceGenerator() }, new[] { _spec }, s_parse);

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
