using AtlasGen.Analyzers.Metadata;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AtlasGen.Analyzers;

/// <summary>
/// What every AtlasGen analyzer does first: it runs concurrently, never in generated code, and only in a compilation
/// that has the AtlasGen metadata attributes; there it registers its actions, with one constraint cache per compilation.
/// </summary>
/// <param name="supportedDiagnostics">The rules the analyzer reports.</param>
public abstract class AtlasAnalyzer(params DiagnosticDescriptor[] supportedDiagnostics) : DiagnosticAnalyzer
{
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(supportedDiagnostics);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (AtlasSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            Register(start, new ConstraintCache(symbols));
        });
    }

    /// <summary>Registers the analyzer's actions in a compilation that uses AtlasGen.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext start, ConstraintCache cache);
}
